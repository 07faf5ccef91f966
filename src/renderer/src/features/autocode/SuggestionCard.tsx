/**
 * One passage in the review queue: its text, the codes suggested for it (each kind said once),
 * the rules that found it by readable name, and a pattern's raw text only when asked for.
 */
import { Badge, Button, Checkbox, Code, Group, Paper, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { passageDir } from '../../i18n/passageDir'
import type { Suggestion } from '../../../../shared/contract/autocode'
import { useFormat } from '../../i18n/format'
import classes from './Autocode.module.css'
import { ruleName } from './ruleName'

interface Props {
  suggestion: Suggestion
  active: boolean
  ticked: boolean
  onActivate(): void
  onTick(): void
  onDecide(accept: boolean): void
}

export function SuggestionCard({ suggestion: s, active, ticked, onActivate, onTick, onDecide }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  const [showPattern, setShowPattern] = useState(false)
  const codeNames = s.codes.map((c) => c.code)
  const named = new Set(codeNames.map((n) => n.trim().toLowerCase()))
  // A kind is said once per passage, and not at all when a code is named after it ("Need" needs no NEED chip).
  const kinds = [...new Set(s.codes.map((c) => c.kind))].filter((k) => !named.has(t(`coding.kinds.${k}`).trim().toLowerCase()))
  const rules = s.codes.flatMap((c) => (c.rule ? [{ rule: c.rule, code: c.code }] : []))
  const patterns = rules.filter((r) => r.rule.kind === 'regex')
  const codesText = codeNames.join(', ')
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      className={classes.item}
      data-active={active || undefined}
      onClick={onActivate}
      data-testid="suggestion"
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Checkbox size="xs" mt={3} checked={ticked} aria-label={t('autocodeReview.tickPassage')} onChange={onTick} />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" dir={passageDir(s.text)} fw={500} data-testid="suggestion-text">
            {s.text}
          </Text>
          <Group gap={6} role="list" aria-label={t('autocodeReview.codesLabel')}>
            {s.codes.map((c) => (
              // dir="auto": a long English name in the Arabic interface is cut at its end, not its start.
              <Badge key={c.id} size="xs" variant="light" role="listitem" data-testid="suggestion-code" dir="auto" maw={260}>
                {c.code}
              </Badge>
            ))}
            {kinds.map((k) => (
              <Badge key={k} size="xs" variant="outline" color="gray" data-testid="suggestion-kind" role="listitem">
                {t(`coding.kinds.${k}`)}
              </Badge>
            ))}
            {s.codes.map((c) =>
              c.due ? (
                <Badge key={`due${c.id}`} size="xs" color="orange" variant="light" data-testid="suggestion-due" role="listitem">
                  {t('autocode.due', { date: format.date(c.due) })}
                </Badge>
              ) : null,
            )}
            <Text size="xs" c="dimmed" dir="auto" truncate maw={320} role="listitem">
              {s.documentTitle}
            </Text>
          </Group>
          {rules.length ? (
            <Group gap={6} align="center">
              <Text size="xs" c="dimmed" data-testid="suggestion-rules">
                {t('autocodeReview.rules', { rules: rules.map((r) => ruleName(t, r.rule, r.code)).join(' · ') })}
              </Text>
              {patterns.length ? (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="gray"
                  aria-expanded={showPattern}
                  onClick={(e) => {
                    e.stopPropagation()
                    setShowPattern((v) => !v)
                  }}
                  data-testid="show-pattern"
                >
                  {t(showPattern ? 'autocodeReview.hidePattern' : 'autocodeReview.showPattern')}
                </Button>
              ) : null}
            </Group>
          ) : null}
          {showPattern
            ? patterns.map((r) => (
                <Code
                  key={r.rule.id}
                  dir="ltr"
                  block
                  data-testid="suggestion-pattern"
                  aria-label={t('autocodeReview.patternOf', { rule: ruleName(t, r.rule, r.code) })}
                >
                  {r.rule.pattern}
                </Code>
              ))
            : null}
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-xs"
            variant="light"
            color="green"
            onClick={() => onDecide(true)}
            aria-label={t('autocodeReview.acceptPassage', { codes: codesText })}
          >
            {t('autocode.accept')}
          </Button>
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            onClick={() => onDecide(false)}
            aria-label={t('autocodeReview.rejectPassage', { codes: codesText })}
          >
            {t('autocode.reject')}
          </Button>
        </Group>
      </Group>
    </Paper>
  )
}
