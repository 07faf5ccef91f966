import { Button, Center, Grid, Group, Loader, Menu, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconDeviceFloppy, IconListDetails, IconPlus } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SegmentSummary } from '../../../../../shared/contract/segments'
import { invoke } from '../../../api/client'
import { notifyError } from '../../errors/notifyError'
import { ConditionRow } from './ConditionRow'
import { MemberList } from './MemberList'
import { CONDITION_TYPES, fromRule, newCondition, toRule, type DraftCondition } from './ruleDraft'
import { useRuleMembers } from './useRuleMembers'
import { useRuleVocabulary } from './useRuleVocabulary'

const NEW = 'new'

interface Props {
  segments: SegmentSummary[]
  onChanged(): void
  onExplain(id: number): void
}

/** Builds a segment from conditions (all must hold), then lets the researcher add or remove people by hand. */
export function RuleSegments({ segments, onChanged, onExplain }: Props) {
  const { t } = useTranslation()
  const vocab = useRuleVocabulary()
  const rules = segments.filter((s) => s.definition.kind === 'rule')
  const [selected, setSelected] = useState<string>(NEW)
  const [name, setName] = useState('')
  const [drafts, setDrafts] = useState<DraftCondition[]>([])
  const [busy, setBusy] = useState(false)
  const editing = selected === NEW ? null : Number(selected)
  const members = useRuleMembers(editing, onChanged)

  // Choosing a saved rule segment loads its name and rule into the builder.
  useEffect(() => {
    const s = rules.find((r) => r.id === editing)
    if (s && s.definition.kind === 'rule') {
      setName(s.name)
      setDrafts(fromRule(s.definition.rule))
    } else if (editing === null) {
      setName('')
      setDrafts([])
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing])

  const rule = toRule(drafts)
  const save = async () => {
    if (!rule || !name.trim()) return
    setBusy(true)
    try {
      const saved =
        editing === null
          ? await invoke('segments.createRule', { name: name.trim(), rule })
          : await invoke('segments.update', { id: editing, name: name.trim(), rule })
      onChanged()
      setSelected(String(saved.id))
      await members.reload()
    } catch (err) {
      notifyError(t, err)
    } finally {
      setBusy(false)
    }
  }

  if (!vocab)
    return (
      <Center h={160}>
        <Loader />
      </Center>
    )

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Paper withBorder radius="md" p="md" component="section" aria-label={t('segments.rules.builderTitle')}>
          <Stack gap="md">
            <Group justify="space-between" align="flex-end">
              <Title order={2} size="h5">
                {t('segments.rules.builderTitle')}
              </Title>
              <Select
                aria-label={t('segments.rules.choose')}
                data={[{ value: NEW, label: t('segments.rules.new') }, ...rules.map((r) => ({ value: String(r.id), label: r.name }))]}
                value={selected}
                onChange={(v) => setSelected(v ?? NEW)}
                allowDeselect={false}
                w={240}
              />
            </Group>
            <TextInput label={t('segments.rules.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} dir="auto" required />
            <Text size="sm" c="dimmed">
              {t('segments.rules.allHint')}
            </Text>
            <Stack gap="xs">
              {drafts.map((d) => (
                <ConditionRow
                  key={d.key}
                  draft={d}
                  vocab={vocab}
                  onChange={(next) => setDrafts((list) => list.map((x) => (x.key === d.key ? next : x)))}
                  onRemove={() => setDrafts((list) => list.filter((x) => x.key !== d.key))}
                />
              ))}
            </Stack>
            <Group justify="space-between">
              <Menu position="bottom-start">
                <Menu.Target>
                  <Button variant="default" leftSection={<IconPlus size={16} />}>
                    {t('segments.rules.addCondition')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {CONDITION_TYPES.map((type) => (
                    <Menu.Item key={type} onClick={() => setDrafts((list) => [...list, newCondition(type)])}>
                      {t(`segments.rules.type.${type}`)}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
              <Group gap="xs">
                {editing !== null ? (
                  <Button variant="subtle" leftSection={<IconListDetails size={16} />} onClick={() => onExplain(editing)}>
                    {t('segments.card.explain')}
                  </Button>
                ) : null}
                <Button
                  leftSection={<IconDeviceFloppy size={16} />}
                  onClick={() => void save()}
                  loading={busy}
                  disabled={!rule || !name.trim()}
                >
                  {editing === null ? t('segments.rules.create') : t('segments.rules.update')}
                </Button>
              </Group>
            </Group>
            {drafts.length > 0 && !rule ? (
              <Text size="xs" c="orange">
                {t('segments.rules.incomplete')}
              </Text>
            ) : null}
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        {editing !== null && members.members ? (
          <MemberList
            members={members.members}
            participants={vocab.participants}
            onAdd={(id) => void members.add([id])}
            onRemove={(id) => void members.remove([id])}
          />
        ) : (
          <Paper withBorder radius="md" p="md" style={{ borderStyle: 'dashed' }}>
            <Text size="sm" c="dimmed">
              {t('segments.rules.membersHint')}
            </Text>
          </Paper>
        )}
      </Grid.Col>
    </Grid>
  )
}
