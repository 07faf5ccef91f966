import { Alert, List, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { QdpxImportReport } from '../../../../shared/contract/interop'
import { baseName } from '../../app/paths'
import { useFormat } from '../../i18n/format'
import { ConflictsTable } from '../team/ConflictsTable'
import { CountsTable } from '../team/CountsTable'
import { PositionsReport } from './PositionsReport'

/**
 * A REFI-QDA import, told in full: what came in, which source files the archive lacked (the
 * rest was imported anyway) and what Needle cannot hold, as the standard asks tools to report.
 */
export function ImportReportView({ report }: { report: QdpxImportReport }) {
  const { t } = useTranslation()
  const format = useFormat()
  const n = (count: number) => ({ count })
  return (
    <Stack gap="sm" data-testid="import-report">
      <Alert
        color="teal"
        variant="light"
        icon={<IconCircleCheck size={18} />}
        title={t('exchange.import.done', { file: baseName(report.file) })}
      >
        {report.origin ? t('exchange.import.origin', { origin: report.origin }) : t('exchange.import.noOrigin')}
      </Alert>
      <CountsTable added={report.added} skipped={report.skipped} label={t('exchange.import.countsLabel')} />

      <Title order={4} size="h5">
        {t('exchange.import.missingTitle')}
      </Title>
      {report.missingSources.length ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="missing-sources">
          <Text size="sm">{t('exchange.import.missing', n(report.missingSources.length))}</Text>
          <List size="sm" mt={4}>
            {report.missingSources.map((s) => (
              <List.Item key={s}>
                <bdi>{s}</bdi>
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('exchange.import.noneMissing')}
        </Text>
      )}
      {report.droppedCodings ? <Text size="sm">{t('exchange.import.dropped', n(report.droppedCodings))}</Text> : null}
      <PositionsReport positions={report.positions ?? []} />

      <Title order={4} size="h5">
        {t('exchange.import.notImportedTitle')}
      </Title>
      {report.notImported.length ? (
        <Table withTableBorder aria-label={t('exchange.import.notImportedTitle')} data-testid="not-imported">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exchange.import.element')}</Table.Th>
              <Table.Th ta="end">{t('exchange.import.count')}</Table.Th>
              <Table.Th>{t('exchange.import.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.notImported.map((e) => (
              <Table.Tr key={e.element}>
                <Table.Td>
                  <bdi dir="ltr">{e.element}</bdi>
                </Table.Td>
                <Table.Td ta="end">{format.number(e.count)}</Table.Td>
                <Table.Td>
                  {/* Known elements in the reader's language; anything else as the importer said it. */}
                  {t(`exchange.import.elements.${e.element}`, { defaultValue: e.note })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          {t('exchange.import.allHeld')}
        </Text>
      )}
      {report.conflicts.length ? (
        <>
          <Title order={4} size="h5">
            {t('team.conflicts.title')}
          </Title>
          <ConflictsTable conflicts={report.conflicts} />
        </>
      ) : null}
    </Stack>
  )
}
