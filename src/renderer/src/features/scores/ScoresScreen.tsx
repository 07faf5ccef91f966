import '@mantine/charts/styles.css'
import { Center, Container, Grid, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ScreenHeader } from '../shell/ScreenHeader'
import type { ScoreSettings } from '../../../../shared/contract/segments'
import { useRuleVocabulary } from '../segments/rules/useRuleVocabulary'
import { ScoreScatter } from './ScoreScatter'
import { ScoreTable } from './ScoreTable'
import { stageColors } from './stageColors'
import { useScores } from './useScores'
import { WeightsEditor } from './WeightsEditor'

/** The attribute a CRM export usually calls the lifecycle stage: offered first, the researcher can change it. */
const LIFECYCLE_GUESS = /lifecycle|stage|مرحلة/i

export function ScoresScreen() {
  const { t } = useTranslation()
  const scores = useScores()
  const vocab = useRuleVocabulary()
  const [settings, setSettings] = useState<ScoreSettings | null>(null)

  // The form starts from the saved settings, or from an empty weighting with a guessed lifecycle attribute.
  useEffect(() => {
    if (settings || !scores.loaded || !vocab) return
    const guess = [...vocab.attributes.keys()].find((k) => LIFECYCLE_GUESS.test(k))
    setSettings(scores.table?.settings ?? { fitWeights: [], engagementHalfLifeDays: 90, ...(guess ? { lifecycleAttribute: guess } : {}) })
  }, [settings, scores.loaded, scores.table, vocab])

  const rows = useMemo(() => scores.table?.rows ?? [], [scores.table])
  const colors = useMemo(() => stageColors([...new Set(rows.map((r) => r.lifecycle).filter((s): s is string => !!s))].sort()), [rows])

  return (
    <Container size="xl" py="md">
      <Stack gap="lg">
        <ScreenHeader title={t('segments.scores.title')} subtitle={t('segments.scores.subtitle')} />
        {!settings || !vocab ? (
          <Center h={200}>
            <Loader />
          </Center>
        ) : (
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <WeightsEditor
                settings={settings}
                attributes={vocab.attributes}
                onChange={setSettings}
                onCompute={() => void scores.compute(settings)}
                computing={scores.computing}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              {scores.table ? (
                <Stack gap="md">
                  <Paper withBorder radius="md" p="md" component="section" aria-label={t('segments.scores.scatterTitle')}>
                    <Stack gap="xs">
                      <Title order={2} size="h5">
                        {t('segments.scores.scatterTitle')}
                      </Title>
                      <ScoreScatter rows={rows} colors={colors} />
                    </Stack>
                  </Paper>
                  <Paper withBorder radius="md" p="md" component="section" aria-label={t('segments.scores.tableTitle')}>
                    <ScoreTable rows={rows} colors={colors} />
                  </Paper>
                </Stack>
              ) : (
                <Paper withBorder radius="md" p="xl" style={{ borderStyle: 'dashed' }}>
                  <Text c="dimmed">{t('segments.scores.empty')}</Text>
                </Paper>
              )}
            </Grid.Col>
          </Grid>
        )}
      </Stack>
    </Container>
  )
}
