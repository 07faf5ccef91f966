import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SourceDetail } from '../../../../shared/contract/sources'
import { useFormat } from '../../i18n/format'
import { NoticeList } from '../import/NoticeList'
import { SkippedRows } from '../import/SkippedRows'

/** The import report the project keeps: from where, how it was read, what was warned about and left out. */
export function ImportReport({ source }: { source: SourceDetail }) {
  const { t } = useTranslation()
  const format = useFormat()
  const report = source.report ?? {}
  const skipped = report.skipped ?? []
  const warnings = report.warnings ?? []
  const speakers = report.speakers ?? []
  const fact = (label: string, value: string | null | undefined, testId?: string) => (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm" data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
        <bdi>{value || '—'}</bdi>
      </Text>
    </Stack>
  )
  return (
    <Stack gap="md" data-testid="import-report">
      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          {fact(t('sources.report.from'), report.importedFrom ?? source.fileName, 'report-from')}
          {fact(t('sources.report.encoding'), source.encoding, 'report-encoding')}
          {fact(t('sources.report.imported'), format.dateTime(source.importedAt))}
          {fact(t('sources.report.skippedCount'), format.number(skipped.length), 'report-skipped-count')}
        </SimpleGrid>
      </Paper>
      {speakers.length > 0 ? (
        <Stack gap={6}>
          <Title order={3} size="h6">
            {t('sources.report.speakers')}
          </Title>
          <Group gap={6}>
            {speakers.map((s) => (
              <Badge key={s} variant="light" color="gray" tt="none">
                <bdi>{s}</bdi>
              </Badge>
            ))}
          </Group>
        </Stack>
      ) : null}
      {warnings.length > 0 ? <NoticeList title={t('sources.report.warnings')} items={warnings} testId="report-warnings" /> : null}
      {skipped.length > 0 ? (
        <Stack gap={6}>
          <Title order={3} size="h6">
            {t('sources.report.skipped')}
          </Title>
          <SkippedRows rows={skipped} label={t('sources.report.skipped')} />
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('sources.report.noSkipped')}
        </Text>
      )}
    </Stack>
  )
}
