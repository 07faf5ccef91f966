/**
 * The rules behind the suggestions, code by code: what each looks for (a keyword, a phrase or
 * a pattern), in which script, and whether it came from a starter lexicon. A rule is added to
 * a code or deleted here (each an undo step); the queue changes when the rules run again.
 */
import { ActionIcon, Alert, Badge, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core'
import { IconPlayerPlay, IconTrash } from '@tabler/icons-react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AutocodeRule } from '../../../../shared/contract/autocode'
import type { CodeRow } from '../../../../shared/contract/codes'
import classes from './Autocode.module.css'
import { RuleForm } from './RuleForm'
import type { Rules } from './useRules'

interface Props {
  rules: Rules
  codes: CodeRow[]
  /** The code the screen is filtered to: the form starts on it. */
  codeId: number | null
  /** Codes whose rules changed since they last ran. */
  changed: number[]
  onChanged(codeId: number): void
  onRunChanged(): void
  running: boolean
}

export function RulesPanel({ rules, codes, codeId, changed, onChanged, onRunChanged, running }: Props) {
  const { t, i18n } = useTranslation()
  const [added, setAdded] = useState<number | null>(null)
  const list = useRef<HTMLDivElement>(null)
  const groups = useMemo(() => {
    const byCode = new Map<number, AutocodeRule[]>()
    for (const r of rules.rules) byCode.set(r.codeId, [...(byCode.get(r.codeId) ?? []), r])
    return [...byCode.values()]
  }, [rules.rules])
  const kindOf = useMemo(() => new Map(codes.map((c) => [c.id, c.kind])), [codes])
  const names = changed.map((id) => codes.find((c) => c.id === id)?.name).filter((n): n is string => !!n)

  // A rule just added is scrolled to, wherever its code sits in the list (the list only: the page stays put).
  useEffect(() => {
    const box = list.current
    const row = box?.querySelector<HTMLElement>(`[data-rule-id="${added}"]`)
    if (!box || !row) return
    const top = row.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop
    if (top < box.scrollTop || top + row.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = top - (box.clientHeight - row.offsetHeight) / 2
  }, [added, rules.rules])

  const remove = async (rule: AutocodeRule) => {
    if (await rules.remove(rule.id)) onChanged(rule.codeId)
  }
  const installStarter = async () => {
    for (const codeId of new Set((await rules.installStarter())?.map((r) => r.codeId))) onChanged(codeId)
  }
  return (
    <Paper withBorder radius="md" p="md" className={classes.panel} data-testid="rules-panel">
      <Stack gap="sm" className={classes.panelBody}>
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h5" fw={650}>
            {t('autocode.rules.title')}
          </Title>
          <Text size="xs" c="dimmed" data-testid="rules-count">
            {t('autocode.rules.count', { count: rules.rules.length })}
          </Text>
        </Group>
        <RuleForm
          rules={rules}
          codes={codes}
          codeId={codeId}
          onAdded={(rule) => {
            setAdded(rule.id)
            onChanged(rule.codeId)
          }}
        />
        {names.length ? (
          <Alert variant="light" color="blue" p="xs" data-testid="rules-changed">
            <Stack gap={6} align="flex-start">
              <Text size="xs">
                {t('autocode.rules.changed', {
                  codes: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(names.map((n) => `\u2068${n}\u2069`)),
                })}
              </Text>
              <Button
                size="compact-xs"
                leftSection={<IconPlayerPlay size={12} />}
                loading={running}
                onClick={onRunChanged}
                data-testid="rules-run"
              >
                {t('autocode.rules.runAgain')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        <Stack gap="md" className={classes.rules} ref={list} data-testid="rules">
          {groups.map((group) => (
            <Stack key={group[0].codeId} gap={4} data-testid="rule-group">
              <Group gap={6} wrap="nowrap" className={classes.groupHead}>
                <Text size="sm" fw={600} dir="auto" truncate style={{ minWidth: 0 }} data-testid="rule-group-code">
                  {group[0].code}
                </Text>
                {kindOf.has(group[0].codeId) ? (
                  <Badge size="xs" variant="outline" color="gray" style={{ flex: 'none' }}>
                    {t(`coding.kinds.${kindOf.get(group[0].codeId)}`)}
                  </Badge>
                ) : null}
              </Group>
              {group.map((rule) => (
                <div
                  key={rule.id}
                  className={classes.rule}
                  data-testid="rule"
                  data-rule-id={rule.id}
                  data-new={rule.id === added || undefined}
                >
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <Text
                      size="sm"
                      dir="auto"
                      className={rule.kind === 'regex' ? classes.regex : classes.words}
                      title={rule.pattern}
                      lineClamp={2}
                      data-testid="rule-pattern"
                    >
                      {rule.pattern}
                    </Text>
                    <Tooltip label={t('autocode.rules.delete', { pattern: rule.pattern })} multiline maw={320}>
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        color="red"
                        aria-label={t('autocode.rules.delete', { pattern: rule.pattern })}
                        onClick={() => void remove(rule)}
                        data-testid="rule-delete"
                      >
                        <IconTrash size={14} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                  <Group gap={4} mt={2}>
                    <Badge size="xs" variant="light" data-testid="rule-kind">
                      {t(`autocode.rules.kinds.${rule.kind}`)}
                    </Badge>
                    <Badge size="xs" variant="light" color="gray" data-testid="rule-language">
                      {t(`autocode.rules.languages.${rule.language ?? 'any'}`)}
                    </Badge>
                    {rule.starter ? (
                      <Badge size="xs" variant="outline" color="teal" data-testid="rule-starter">
                        {t('autocode.rules.starter')}
                      </Badge>
                    ) : null}
                  </Group>
                </div>
              ))}
            </Stack>
          ))}
          {rules.loaded && !rules.rules.length ? (
            <Stack gap="xs" align="flex-start">
              <Text size="sm" c="dimmed">
                {t('autocode.rules.none')}
              </Text>
              <Button size="xs" variant="light" onClick={() => void installStarter()} data-testid="rules-starter">
                {t('autocode.rules.addStarter')}
              </Button>
            </Stack>
          ) : null}
        </Stack>
      </Stack>
    </Paper>
  )
}
