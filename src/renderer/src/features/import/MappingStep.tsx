import { Alert, Badge, Button, Group, Stack, Switch, Text, Title } from '@mantine/core'
import { IconDeviceFloppy, IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { TableMapping } from '../../../../shared/import/mapping'
import type { TablePreview } from '../../../../shared/import/preview'
import { useFormat } from '../../i18n/format'
import { ColumnRoles } from './ColumnRoles'
import { mappingProblems } from './mappingEdit'
import { NoticeList } from './NoticeList'
import { PreviewGrid } from './PreviewGrid'
import { SkippedRows } from './SkippedRows'

interface Props {
  table: TablePreview
  mapping: TableMapping
  reusedFrom: string | null
  onMapping(mapping: TableMapping): void
  onHeader(header: boolean): void
  onNoQuotes(noQuotes: boolean): void
  onSave(): void
}

const DELIMITER_KEYS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }

/** The mapping step: how the file is read, each column's role, and the first rows under those roles. */
export function MappingStep({ table, mapping, reusedFrom, onMapping, onHeader, onNoQuotes, onSave }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  const problems = mappingProblems(mapping)
  const rowsLabel = table.totalRowsExact ? 'import.mapping.rows' : 'import.mapping.rowsAbout'
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge variant="light" color="gray">
          {t(rowsLabel, { n: format.number(table.totalRowsEstimate) })}
        </Badge>
        <Badge variant="light" color="gray">
          {t('import.encoding', { encoding: table.encoding })}
        </Badge>
        <Badge variant="light" color="gray">
          {t('import.mapping.delimiter', { delimiter: t(`import.mapping.${DELIMITER_KEYS[table.delimiter] ?? 'comma'}`) })}
        </Badge>
        {table.headerStyle !== 'single' ? (
          <Badge variant="light" color="grape">
            {t(`import.mapping.headerStyles.${table.headerStyle}`)}
          </Badge>
        ) : null}
      </Group>

      {reusedFrom ? (
        <Alert color="petrol" variant="light" icon={<IconInfoCircle size={18} />} data-testid="mapping-reused">
          {t('import.mapping.reused', { name: reusedFrom })}
        </Alert>
      ) : null}

      <Group gap="xl" align="flex-start">
        <Switch label={t('import.mapping.header')} checked={mapping.headerRows > 0} onChange={(e) => onHeader(e.currentTarget.checked)} />
        {table.quoteProblem || !mapping.quoting ? (
          <Switch
            label={t('import.mapping.noQuotes')}
            description={table.quoteProblem ? <span dir="auto">{table.quoteProblem.detail}</span> : undefined}
            checked={!mapping.quoting}
            onChange={(e) => onNoQuotes(e.currentTarget.checked)}
            maw={520}
          />
        ) : null}
      </Group>

      <NoticeList title={t('import.warnings')} items={table.warnings} />
      {table.badRows.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('import.mapping.badRowsPreview')}
          </Text>
          <SkippedRows rows={table.badRows} label={t('import.mapping.badRowsPreview')} />
        </Stack>
      ) : null}
      <NoticeList title={t('import.mapping.problems')} items={problems} color="red" testId="mapping-problems" />

      <Group justify="space-between" align="baseline">
        <Title order={3} size="h5">
          {t('import.mapping.columns')}
        </Title>
        <Button
          variant="default"
          size="compact-sm"
          leftSection={<IconDeviceFloppy size={14} />}
          onClick={onSave}
          disabled={problems.length > 0}
        >
          {t('import.mapping.save')}
        </Button>
      </Group>
      <ColumnRoles mapping={mapping} inferred={table.mapping} rows={table.rows} onChange={onMapping} />

      <Title order={3} size="h5">
        {t('import.mapping.firstRows')}
      </Title>
      <PreviewGrid headers={table.headers} rows={table.rows.slice(0, 8)} mapping={mapping} />
    </Stack>
  )
}
