import { Badge, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AnswerColumnSummary } from '../../../../../shared/contract/segments'

interface Props {
  columns: AnswerColumnSummary[]
  /** The researcher's choice, or null for Needle's (the columns marked used). */
  chosen: string[] | null
  onChange(columns: string[]): void
  disabled: boolean
}

/**
 * The survey columns a run on answers used, how each was read (scale, single choice, multi-select)
 * and why the others were left out; ticking a column changes what the next run clusters on.
 */
export function AnswerColumns({ columns, chosen, onChange, disabled }: Props) {
  const { t } = useTranslation()
  const value = chosen ?? columns.filter((c) => c.used).map((c) => c.name)
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('segmentAnswers.title')} data-testid="answer-columns">
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('segmentAnswers.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('segmentAnswers.hint', { used: value.length, total: columns.length })}
        </Text>
        <Checkbox.Group value={value} onChange={onChange} aria-label={t('segmentAnswers.title')}>
          <Stack gap={6}>
            {columns.map((c) => (
              <Checkbox
                key={c.name}
                value={c.name}
                disabled={disabled || c.kind === null}
                label={
                  <Stack gap={2}>
                    <Text size="sm" dir="auto" lineClamp={2}>
                      {c.name}
                    </Text>
                    <Group gap={4}>
                      {c.kind ? (
                        <Badge size="xs" variant="light" color="indigo">
                          {t(`segmentAnswers.kind.${c.kind}`)}
                        </Badge>
                      ) : null}
                      {c.reason ? (
                        <Text size="xs" c="dimmed">
                          {t(`segmentAnswers.reason.${c.reason}`)}
                        </Text>
                      ) : null}
                    </Group>
                  </Stack>
                }
              />
            ))}
          </Stack>
        </Checkbox.Group>
      </Stack>
    </Paper>
  )
}
