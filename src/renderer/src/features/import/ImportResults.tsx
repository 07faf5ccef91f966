import { Badge, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportedSource } from '../../../../shared/contract/imports'
import { baseName } from '../../app/paths'
import { useFormat } from '../../i18n/format'
import classes from './Import.module.css'
import { NoticeList } from './NoticeList'

/** What each file became: the counts a researcher checks against the export, and what was left out or warned about. */
export function ImportResults({ sources }: { sources: ImportedSource[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <Stack gap="md">
      <Text fw={600}>{t('import.results.title')}</Text>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label={t('import.results.title')} withTableBorder verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.results.file')}</Table.Th>
              <Table.Th>{t('import.kind')}</Table.Th>
              <Table.Th className={classes.num}>{t('sources.columns.rows')}</Table.Th>
              <Table.Th className={classes.num}>{t('sources.columns.documents')}</Table.Th>
              <Table.Th className={classes.num}>{t('sources.columns.participants')}</Table.Th>
              <Table.Th className={classes.num}>{t('sources.columns.turns')}</Table.Th>
              <Table.Th className={classes.num}>{t('import.results.skipped')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sources.map((s) => (
              <Table.Tr key={s.sourceId}>
                <Table.Td>
                  <bdi>{baseName(s.file)}</bdi>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" radius="sm">
                    {t(`import.kinds.${s.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td className={classes.num}>{format.number(s.rows)}</Table.Td>
                <Table.Td className={classes.num}>{format.number(s.documents)}</Table.Td>
                <Table.Td className={classes.num}>{format.number(s.participants)}</Table.Td>
                <Table.Td className={classes.num}>{format.number(s.utterances)}</Table.Td>
                <Table.Td className={classes.num}>{format.number(s.skipped.length)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {sources.map((s) => (
        <NoticeList
          key={s.sourceId}
          title={t('import.results.warningsOf', { name: baseName(s.file) })}
          items={[...s.warnings, ...s.skipped.map((r) => t('import.results.skippedRow', { row: r.row, reason: r.reason }))]}
        />
      ))}
    </Stack>
  )
}
