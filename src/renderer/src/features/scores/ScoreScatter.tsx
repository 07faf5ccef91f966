import { ScatterChart } from '@mantine/charts'
import { Stack, useDirection } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ParticipantScore } from '../../../../shared/contract/segments'
import { ChartTable } from '../charts/ChartTable'
import { sideYAxis } from '../charts/sideAxis'
import { useNumbers } from '../segments/useNumbers'

/** Fit against engagement, one colour per lifecycle stage: where the best-fitting, most engaged people are. */
export function ScoreScatter({ rows, colors }: { rows: ParticipantScore[]; colors: Map<string, string> }) {
  const { t } = useTranslation()
  const num = useNumbers()
  const { dir } = useDirection()
  const rtl = dir === 'rtl'
  const yAxis = sideYAxis(t('segments.scores.engagement'), rtl)
  const groups = new Map<string, ParticipantScore[]>()
  for (const r of rows) {
    const stage = r.lifecycle ?? ''
    if (!groups.has(stage)) groups.set(stage, [])
    groups.get(stage)!.push(r)
  }
  const data = [...groups].map(([stage, list]) => ({
    name: stage || t('segments.scores.noStage'),
    color: colors.get(stage) ?? 'gray.5',
    data: list.map((r) => ({ fit: Math.round(r.fit * 10) / 10, engagement: Math.round(r.engagement * 10) / 10 })),
  }))
  return (
    <Stack gap="xs">
      <ScatterChart
        h={360}
        data={data}
        dataKey={{ x: 'fit', y: 'engagement' }}
        labels={{ x: t('segments.scores.fit'), y: t('segments.scores.engagement') }}
        xAxisLabel={t('segments.scores.fit')}
        yAxisLabel={yAxis.axisLabel}
        valueFormatter={(v) => num.whole(Math.round(v))}
        withLegend
        xAxisProps={{ domain: [0, 100], type: 'number', reversed: rtl }}
        yAxisProps={{ domain: [0, 100], ...yAxis.props }}
        scatterChartProps={yAxis.margin ? { margin: { bottom: 30, ...yAxis.margin } } : undefined}
        aria-label={t('segments.scores.scatterTitle')}
      />
      <ChartTable
        id="scores"
        caption={t('segments.scores.scatterTitle')}
        columns={[
          { label: t('chartTables.participant') },
          { label: t('chartTables.stage') },
          { label: t('segments.scores.fit'), numeric: true },
          { label: t('segments.scores.engagement'), numeric: true },
        ]}
        rows={rows.map((r) => ({
          key: String(r.participantId),
          cells: [
            r.name || r.label,
            r.lifecycle ?? t('segments.scores.noStage'),
            num.whole(Math.round(r.fit)),
            num.whole(Math.round(r.engagement)),
          ],
        }))}
      />
    </Stack>
  )
}
