/**
 * One highlight, as the researcher clicked it: its codes (change them with the same keys as
 * the popover), its memo, a deadline's due date (read from the text, to confirm or correct),
 * an emergency's severity and what happened, and delete.
 */
import { ActionIcon, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core'
import { IconTrash, IconX } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { passageDir } from '../../../i18n/passageDir'
import type { CodeRow } from '../../../../../shared/contract/codes'
import type { HighlightView } from '../../../../../shared/contract/coding'
import type { CodeKind } from '../../../../../shared/domain'
import type { HighlightPatch } from '../useHighlights'
import { CodePicker } from './CodePicker'
import { DueDateField } from './DueDateField'

interface Props {
  highlight: HighlightView
  /** Other highlights under the same click, to switch to. */
  others: HighlightView[]
  codes: CodeRow[]
  onSelect(id: number): void
  onUpdate(patch: HighlightPatch): void
  onDelete(): void
  onCreate(name: string, kind: CodeKind): Promise<CodeRow | undefined>
  onClose(): void
}

export function HighlightPanel({ highlight: h, others, codes, onSelect, onUpdate, onDelete, onCreate, onClose }: Props) {
  const { t } = useTranslation()
  const [memo, setMemo] = useState(h.memo ?? '')
  const [what, setWhat] = useState(h.whatHappened ?? '')
  useEffect(() => {
    setMemo(h.memo ?? '')
    setWhat(h.whatHappened ?? '')
  }, [h.id, h.memo, h.whatHappened])
  const ids = h.codes.map((c) => c.id)
  const isDeadline = h.codes.some((c) => c.kind === 'deadline')
  const isEmergency = h.codes.some((c) => c.kind === 'emergency')

  return (
    <Paper withBorder p="md" radius="md" data-testid="highlight-panel" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm">
            {t('coding.panel.title')}
          </Text>
          <ActionIcon variant="subtle" onClick={onClose} aria-label={t('coding.panel.close')}>
            <IconX size={16} />
          </ActionIcon>
        </Group>
        {others.length ? (
          <Group gap={4}>
            <Text size="xs" c="dimmed">
              {t('coding.panel.overlapping', { count: others.length + 1 })}
            </Text>
            {[h, ...others].map((o, i) => (
              <Badge key={o.id} variant={o.id === h.id ? 'filled' : 'outline'} style={{ cursor: 'pointer' }} onClick={() => onSelect(o.id)}>
                {i + 1}
              </Badge>
            ))}
          </Group>
        ) : null}
        <Text
          size="sm"
          dir={passageDir(h.text)}
          data-testid="highlight-text"
          style={{ borderInlineStart: `3px solid ${h.codes[0]?.color ?? 'gray'}`, paddingInlineStart: 8 }}
        >
          {h.text}
        </Text>
        <Text size="xs" c="dimmed">
          {h.coder ? t('coding.panel.coder', { coder: h.coder }) : null}
        </Text>
        <CodePicker
          key={h.id}
          codes={codes}
          chosen={ids}
          autoFocus={false}
          onToggle={(c) => onUpdate({ codeIds: ids.includes(c.id) ? ids.filter((x) => x !== c.id) : [...ids, c.id] })}
          onApply={(c) => c && !ids.includes(c.id) && onUpdate({ codeIds: [...ids, c.id] })}
          onCreate={onCreate}
          onClose={onClose}
        />
        {isDeadline ? <DueDateField highlight={h} onChange={(dueDate) => onUpdate({ dueDate })} /> : null}
        {isEmergency ? (
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('coding.panel.severity')}
            </Text>
            <SegmentedControl
              size="xs"
              value={h.severity ? String(h.severity) : ''}
              onChange={(v) => onUpdate({ severity: Number(v) })}
              data={[1, 2, 3, 4].map((n) => ({ value: String(n), label: t(`coding.severity.${n}`) }))}
              aria-label={t('coding.panel.severity')}
              data-testid="severity"
            />
            <TextInput
              size="sm"
              label={t('coding.panel.whatHappened')}
              value={what}
              onChange={(e) => setWhat(e.currentTarget.value)}
              onBlur={() => what !== (h.whatHappened ?? '') && onUpdate({ whatHappened: what.trim() || null })}
            />
          </Stack>
        ) : null}
        <Textarea
          size="sm"
          label={t('coding.panel.memo')}
          autosize
          minRows={2}
          maxRows={8}
          value={memo}
          onChange={(e) => setMemo(e.currentTarget.value)}
          onBlur={() => memo !== (h.memo ?? '') && onUpdate({ memo: memo.trim() || null })}
          data-testid="highlight-memo"
        />
        <Group justify="flex-end">
          <Tooltip label={t('coding.panel.deleteHint')}>
            <Button
              size="xs"
              color="red"
              variant="light"
              leftSection={<IconTrash size={14} />}
              onClick={onDelete}
              data-testid="delete-highlight"
            >
              {t('coding.panel.delete')}
            </Button>
          </Tooltip>
        </Group>
      </Stack>
    </Paper>
  )
}
