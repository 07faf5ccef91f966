import '@mantine/charts/styles.css'
import { Box, Container, Grid, Paper, Stack, Tabs, Text, Title } from '@mantine/core'
import { IconAdjustments, IconBookmarks, IconChartDots3 } from '@tabler/icons-react'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ScreenHeader } from '../shell/ScreenHeader'
import type { SegmentSummary } from '../../../../shared/contract/segments'
import { useLeaveGuard } from '../../app/navigation'
import { SegmentDetail } from './detail/SegmentDetail'
import { RuleSegments } from './rules/RuleSegments'
import { AnswerColumns } from './run/AnswerColumns'
import { RunPanel } from './run/RunPanel'
import { RunPreviewView } from './run/RunPreviewView'
import { DEFAULT_FORM, toOptions, type RunForm } from './run/runForm'
import { useSegmentRun } from './run/useSegmentRun'
import { SavedSegments } from './saved/SavedSegments'
import { useSegments } from './useSegments'

type Tab = 'run' | 'saved' | 'rules'

export function SegmentsScreen() {
  const { t } = useTranslation()
  const saved = useSegments()
  const [tab, setTab] = useState<Tab | null>(null)
  const [form, setForm] = useState<RunForm>(DEFAULT_FORM)
  const [explaining, setExplaining] = useState<number | null>(null)
  const onSaved = useCallback(
    (_: SegmentSummary[]) => {
      // The saved run's cards can be explained; the preview's cannot (nothing is stored yet).
      void saved.reload().then(() => setTab('saved'))
    },
    [saved],
  )
  const run = useSegmentRun(onSaved)
  // A run in progress or a preview not yet saved lives only on this screen: leaving asks first.
  useLeaveGuard(run.running || (run.preview !== null && !run.saved))

  // A project with saved segments opens on them; a new one on the run panel.
  useEffect(() => {
    if (tab === null && saved.segments !== null) setTab(saved.segments.length > 0 ? 'saved' : 'run')
  }, [tab, saved.segments])

  return (
    <Container size="xl" py="md">
      <Stack gap="lg">
        <ScreenHeader title={t('segments.title')} subtitle={t('segments.subtitle')} />
        <Tabs value={tab ?? 'run'} onChange={(v) => setTab(v as Tab)} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="run" leftSection={<IconChartDots3 size={16} />}>
              {t('segments.tabs.run')}
            </Tabs.Tab>
            <Tabs.Tab value="saved" leftSection={<IconBookmarks size={16} />}>
              {t('segments.tabs.saved')}
            </Tabs.Tab>
            <Tabs.Tab value="rules" leftSection={<IconAdjustments size={16} />}>
              {t('segments.tabs.rules')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="run" pt="md">
            <Grid gap="md">
              <Grid.Col span={{ base: 12, md: 4, xl: 3 }}>
                <RunPanel
                  form={form}
                  onChange={setForm}
                  running={run.running}
                  progress={run.progress}
                  onRun={() => void run.run(toOptions(form))}
                  onCancel={() => void run.cancel()}
                />
                {run.preview?.answerColumns && form.inputs.includes('answers') ? (
                  <Box mt="md">
                    <AnswerColumns
                      columns={run.preview.answerColumns}
                      chosen={form.columns}
                      onChange={(columns) => setForm({ ...form, columns })}
                      disabled={run.running}
                    />
                  </Box>
                ) : null}
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 8, xl: 9 }}>
                {run.preview ? (
                  <RunPreviewView
                    preview={run.preview}
                    names={run.names}
                    onRename={run.rename}
                    onSave={() => void run.save()}
                    saving={run.saving}
                    saved={run.saved}
                  />
                ) : (
                  <Paper withBorder radius="md" p="xl" style={{ borderStyle: 'dashed' }}>
                    <Stack gap="xs" maw={520}>
                      <Title order={2} size="h5">
                        {t('segments.preview.emptyTitle')}
                      </Title>
                      <Text size="sm" c="dimmed" lh={1.6}>
                        {t('segments.preview.emptyBody')}
                      </Text>
                    </Stack>
                  </Paper>
                )}
              </Grid.Col>
            </Grid>
          </Tabs.Panel>
          <Tabs.Panel value="saved" pt="md">
            {saved.segments ? (
              <SavedSegments
                segments={saved.segments}
                onExplain={setExplaining}
                onRename={(id, name) => void saved.rename(id, name)}
                onDelete={(id) => void saved.remove(id)}
              />
            ) : null}
          </Tabs.Panel>
          <Tabs.Panel value="rules" pt="md">
            <RuleSegments segments={saved.segments ?? []} onChanged={() => void saved.reload()} onExplain={setExplaining} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
      <SegmentDetail segmentId={explaining} onClose={() => setExplaining(null)} />
    </Container>
  )
}
