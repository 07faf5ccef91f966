import { Alert, Button, Divider, Group, Stack, Text, Title } from '@mantine/core'
import { IconCircleCheck, IconFileDownload, IconFileImport, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLoadedState } from '../../app/appState'
import { useFormat } from '../../i18n/format'
import { describeError } from '../errors/describeError'
import { SectionCard } from '../team/SectionCard'
import { EXPORT_KINDS, type ExportDone, type ExportKind } from './exportKinds'
import { ImportReportView } from './ImportReportView'
import { CANCELLABLE, useExchange } from './useExchange'

function ExportDoneNote({ done }: { done: ExportDone }) {
  const { t } = useTranslation()
  const format = useFormat()
  const n = format.number
  let detail: string
  if (!done.counts) detail = t('exchange.export.rows', { count: done.rows ?? 0 })
  else if (done.kind === 'qdc') detail = t('exchange.export.codebookContents', { codes: n(done.counts.codes) })
  else {
    const { sources, codes, highlights, participants } = done.counts
    detail = t('exchange.export.contents', {
      sources: n(sources),
      codes: n(codes),
      highlights: n(highlights),
      participants: n(participants),
    })
  }
  return (
    <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title={t('exchange.export.written')} data-testid="export-done">
      <Text size="sm" style={{ wordBreak: 'break-all' }} data-testid="export-path">
        <bdi dir="ltr">{done.path}</bdi>
      </Text>
      <Text size="sm" c="dimmed" mt={4}>
        {detail}
      </Text>
      {done.eventsLeftOut > 0 ? (
        <Text size="sm" mt={4} data-testid="export-events-left-out">
          {t('crumbs.refiEventsLeftOut', { count: done.eventsLeftOut })}
        </Text>
      ) : null}
    </Alert>
  )
}

/** REFI-QDA (NVivo, ATLAS.ti, MAXQDA, QualCoder) and CSV, in and out. */
export function ExchangeSection() {
  const { t } = useTranslation()
  const { project } = useLoadedState()
  const exchange = useExchange()
  const shown = exchange.error ? describeError(t, exchange.error) : null
  return (
    <SectionCard title={t('exchange.title')} intro={t('exchange.intro')} testId="exchange-section">
      <Stack gap="xs">
        <Title order={4} size="h5">
          {t('exchange.export.title')}
        </Title>
        <Group gap="sm">
          {EXPORT_KINDS.map((kind) => (
            <Button
              key={kind}
              variant="default"
              leftSection={<IconFileDownload size={16} />}
              loading={exchange.busy === kind}
              disabled={exchange.busy !== null && exchange.busy !== kind}
              onClick={() => void exchange.exportAs(kind)}
            >
              {t(`exchange.export.${kind}`)}
            </Button>
          ))}
          {exchange.busy !== null && CANCELLABLE.has(exchange.busy as ExportKind) ? (
            <Button variant="subtle" color="red" leftSection={<IconX size={16} />} onClick={exchange.cancelExport}>
              {t('exportCancel.button')}
            </Button>
          ) : null}
        </Group>
        {exchange.done ? <ExportDoneNote done={exchange.done} /> : null}
        {exchange.cancelled ? (
          <Text size="sm" c="dimmed" role="status" data-testid="export-cancelled">
            {t('exportCancel.done')}
          </Text>
        ) : null}
      </Stack>
      <Divider />
      <Stack gap="xs">
        <Title order={4} size="h5">
          {t('exchange.import.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('exchange.import.intro')}
        </Text>
        <Group>
          <Button
            leftSection={<IconFileImport size={16} />}
            loading={exchange.busy === 'import'}
            disabled={project?.readOnly || (exchange.busy !== null && exchange.busy !== 'import')}
            onClick={() => void exchange.importRefi()}
          >
            {t('exchange.import.button')}
          </Button>
          {exchange.busy === 'import' ? (
            <Button variant="subtle" color="red" leftSection={<IconX size={16} />} onClick={exchange.cancelImport}>
              {t('jobCancel.import')}
            </Button>
          ) : null}
        </Group>
        {exchange.importCancelled ? (
          <Text size="sm" c="dimmed" role="status" data-testid="refi-import-cancelled">
            {t('jobCancel.importDone')}
          </Text>
        ) : null}
        {exchange.imported ? <ImportReportView report={exchange.imported} /> : null}
      </Stack>
      {shown ? (
        <Alert color="red" variant="light" title={shown.title}>
          {shown.message}
        </Alert>
      ) : null}
    </SectionCard>
  )
}
