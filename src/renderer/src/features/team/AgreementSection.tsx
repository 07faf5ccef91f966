import { Alert, Button, Group, MultiSelect, Select, Stack, Text } from '@mantine/core'
import { IconDownload, IconScale } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLoadedState } from '../../app/appState'
import { useFormat } from '../../i18n/format'
import { describeError } from '../errors/describeError'
import { AgreementTable } from './AgreementTable'
import { downloadCsv } from './downloadCsv'
import { SectionCard } from './SectionCard'
import { useAgreement } from './useAgreement'
import { useCoders } from './useCoders'

export function AgreementSection() {
  const { t } = useTranslation()
  const format = useFormat()
  const { project } = useLoadedState()
  const { coders, error: codersError } = useCoders()
  const { report, error, busy, compare } = useAgreement()
  const [coderA, setCoderA] = useState<string | null>(null)
  const [coderB, setCoderB] = useState<string | null>(null)
  const [sourceIds, setSourceIds] = useState<string[]>([])

  // The two busiest coders are the likely pair; the researcher can change either.
  useEffect(() => {
    if (!coders) return
    setCoderA((a) => (a && coders.some((c) => c.name === a) ? a : (coders[0]?.name ?? null)))
    setCoderB((b) => (b && coders.some((c) => c.name === b) ? b : (coders[1]?.name ?? null)))
  }, [coders])

  const options = (coders ?? []).map((c) => ({
    value: c.name,
    label: t('team.agreement.coderOption', { name: c.name, count: c.highlights }),
  }))
  const sources = (project?.sources ?? []).map((s) => ({ value: String(s.id), label: s.name }))
  const ready = coderA && coderB && coderA !== coderB
  const problem = error ?? codersError
  const shown = problem ? describeError(t, problem) : null

  return (
    <SectionCard title={t('team.agreement.title')} intro={t('team.agreement.intro')} testId="agreement-section">
      {coders && coders.length < 2 ? (
        <Alert color="gray" variant="light">
          {t('team.agreement.needTwo', { count: coders.length })}
        </Alert>
      ) : (
        <Stack gap="sm">
          <Group align="flex-end" gap="sm">
            <Select
              label={t('team.agreement.coderA')}
              data={options.filter((o) => o.value !== coderB)}
              value={coderA}
              onChange={setCoderA}
              w={240}
              allowDeselect={false}
            />
            <Select
              label={t('team.agreement.coderB')}
              data={options.filter((o) => o.value !== coderA)}
              value={coderB}
              onChange={setCoderB}
              w={240}
              allowDeselect={false}
            />
            <MultiSelect
              label={t('team.agreement.sources')}
              placeholder={sourceIds.length ? undefined : t('team.agreement.allSources')}
              data={sources}
              value={sourceIds}
              onChange={setSourceIds}
              clearable
              searchable
              w={340}
            />
            <Button
              leftSection={<IconScale size={16} />}
              disabled={!ready}
              loading={busy}
              onClick={() => ready && void compare({ coderA, coderB, sourceIds: sourceIds.map(Number) })}
            >
              {t('team.agreement.compare')}
            </Button>
          </Group>
        </Stack>
      )}
      {shown ? (
        <Alert color="red" variant="light" title={shown.title}>
          {shown.message}
        </Alert>
      ) : null}
      {report ? (
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end">
            <Text size="sm" data-testid="agreement-summary">
              {t('team.agreement.summary', {
                count: report.documentIds.length,
                documents: format.number(report.documentIds.length),
                characters: format.number(report.characters),
                codes: format.number(report.codes.length),
              })}
            </Text>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconDownload size={14} />}
              onClick={() => downloadCsv(report.csv, t('team.agreement.csvName', { a: report.coderA, b: report.coderB }))}
            >
              {t('team.agreement.csv')}
            </Button>
          </Group>
          <AgreementTable report={report} />
          <Text size="xs" c="dimmed">
            {t('team.agreement.scaleNote')}
          </Text>
        </Stack>
      ) : null}
    </SectionCard>
  )
}
