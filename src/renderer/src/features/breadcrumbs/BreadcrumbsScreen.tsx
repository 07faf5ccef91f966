/**
 * What happened before customers left (breadcrumbs.analyze): pick the outcome event and the window,
 * read each breadcrumb as a sentence to paste, and save those who stayed but have it now as a segment.
 */
import { Alert, Button, Center, Container, Group, Loader, NumberInput, Paper, Select, Stack, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ScreenHeader } from '../shell/ScreenHeader'
import type { BreadcrumbAnalysis, OutcomeChoices } from '../../../../shared/contract/breadcrumbs'
import { invoke } from '../../api/client'
import { notifyError } from '../errors/notifyError'
import { BreadcrumbTable } from './BreadcrumbTable'
import { CodesByMonth } from './CodesByMonth'
import { LeftOutNotes } from './LeftOutNotes'
import { outcomeOptions, readOutcomeKey } from './outcomeKey'

const OUTCOME_GUESS = /cancel|churn|closed lost|lost|الغاء|إلغاء|ألغى/i

export function BreadcrumbsScreen() {
  const { t } = useTranslation()
  const [choices, setChoices] = useState<OutcomeChoices | null>(null)
  const [outcome, setOutcome] = useState<string | null>(null)
  const [windowDays, setWindowDays] = useState<number>(60)
  const [from, setFrom] = useState<string | null>(null)
  const [to, setTo] = useState<string | null>(null)
  const [result, setResult] = useState<BreadcrumbAnalysis | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    invoke('breadcrumbs.outcomes', {})
      .then((found) => {
        if (!live) return
        setChoices(found)
        setOutcome((o) => o ?? outcomeOptions(found, t).guess(OUTCOME_GUESS))
      })
      .catch((err: unknown) => live && notifyError(t, err))
    return () => {
      live = false
    }
  }, [t])

  const run = async () => {
    if (!outcome) return
    setBusy(true)
    try {
      setResult(await invoke('breadcrumbs.analyze', { ...readOutcomeKey(outcome), windowDays, ...(from && to ? { from, to } : {}) }))
    } catch (err) {
      notifyError(t, err)
    } finally {
      setBusy(false)
    }
  }

  const types = choices?.events ?? null
  const typeData = (types ?? []).map((x) => ({ value: x.type, label: x.type }))
  const outcomeData = choices ? outcomeOptions(choices, t).data : []
  return (
    <Container size="xl" py="md">
      <Stack gap="lg">
        <ScreenHeader title={t('breadcrumbs.title')} subtitle={t('breadcrumbs.subtitle')} />
        {!types ? (
          <Center h={120}>
            <Loader />
          </Center>
        ) : types.length === 0 && outcomeData.length === 0 ? (
          <Alert color="gray">{t('breadcrumbs.noEvents')}</Alert>
        ) : (
          <Paper withBorder radius="md" p="md">
            <Group align="flex-end" gap="md" wrap="wrap">
              <Select
                label={t('breadcrumbs.outcome')}
                data={outcomeData}
                value={outcome}
                onChange={setOutcome}
                searchable
                w={300}
                data-testid="breadcrumbs-outcome"
              />
              <NumberInput
                label={t('breadcrumbs.window')}
                min={1}
                max={3650}
                value={windowDays}
                onChange={(v) => setWindowDays(Number(v) || 60)}
                w={140}
              />
              <Select label={t('breadcrumbs.from')} data={typeData} value={from} onChange={setFrom} clearable searchable w={220} />
              <Select label={t('breadcrumbs.to')} data={typeData} value={to} onChange={setTo} clearable searchable w={220} />
              <Button onClick={() => void run()} loading={busy} disabled={!outcome} data-testid="breadcrumbs-run">
                {t('breadcrumbs.run')}
              </Button>
            </Group>
          </Paper>
        )}
        {result ? (
          <Stack gap="md">
            <Text size="sm" data-testid="breadcrumbs-summary">
              {t('breadcrumbs.summary', {
                churned: result.churned,
                retained: result.retained,
                outcome: result.outcome,
                days: result.windowDays,
              })}
            </Text>
            {result.duration ? (
              <Paper withBorder radius="md" p="sm" data-testid="breadcrumbs-duration">
                <Text size="sm" dir="auto">
                  {t('breadcrumbs.durationSentence', {
                    outcome: result.outcome,
                    from: result.duration.from,
                    to: result.duration.to,
                    ratio: result.duration.ratio === null ? '–' : result.duration.ratio.toFixed(1),
                    churned: result.duration.churnedMedianDays ?? '–',
                    retained: result.duration.retainedMedianDays ?? '–',
                  })}
                </Text>
              </Paper>
            ) : null}
            <BreadcrumbTable result={result} />
            <LeftOutNotes notes={result.leftOut} />
          </Stack>
        ) : null}
        <CodesByMonth />
      </Stack>
    </Container>
  )
}
