import { ScatterChart } from '@mantine/charts'
import { Select, Stack, useDirection } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LabelList } from 'recharts'
import type { SegmentCharts } from '../../../../shared/contract/segments'
import { useNumbers } from '../segments/useNumbers'

/**
 * The opportunity landscape: each need at its importance (across) and satisfaction (up), 0-10.
 * Needs below the diagonal are more important than they are satisfied: underserved. One segment's
 * needs are named; everyone's are the grey points behind them, so a segment's shift is visible.
 */
export function LandscapeChart({ landscape, segments }: { landscape: SegmentCharts['landscape']; segments: SegmentCharts['segments'] }) {
  const { t } = useTranslation()
  const num = useNumbers()
  const { dir } = useDirection()
  const rtl = dir === 'rtl'
  const [chosen, setChosen] = useState<string | null>(segments[0] ? String(segments[0].id) : null)
  const point = (p: SegmentCharts['landscape']['points'][number], named: boolean) => ({
    importance: p.importance,
    satisfaction: p.satisfaction,
    // LabelList reads this key on every series: only the chosen segment's points carry a name.
    need: named ? p.need : '',
  })
  const mine = landscape.points.filter((p) => p.segmentId !== null && String(p.segmentId) === chosen)
  const everyone = landscape.points.filter((p) => p.segmentId === null)
  const name = segments.find((s) => String(s.id) === chosen)?.name ?? ''
  const data = [
    { name: t('segments.detail.everyone'), color: 'gray.4', data: everyone.map((p) => point(p, false)) },
    { name, color: 'petrol.7', data: mine.map((p) => point(p, true)) },
  ] as unknown as Parameters<typeof ScatterChart>[0]['data']
  return (
    <Stack gap="xs">
      <Select
        label={t('segments.charts.landscapeSegment')}
        data={segments.map((s) => ({ value: String(s.id), label: s.name }))}
        value={chosen}
        onChange={setChosen}
        allowDeselect={false}
        w={300}
      />
      <ScatterChart
        h={380}
        data={data}
        dataKey={{ x: 'importance', y: 'satisfaction' }}
        labels={{ x: t('segments.charts.importance'), y: t('segments.charts.satisfaction') }}
        xAxisLabel={t('segments.charts.importance')}
        yAxisLabel={t('segments.charts.satisfaction')}
        valueFormatter={(v) => num.one(v)}
        withLegend
        xAxisProps={{ domain: [0, 10], type: 'number', reversed: rtl, ticks: [0, 2, 4, 6, 8, 10] }}
        yAxisProps={{ domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10], orientation: rtl ? 'right' : 'left' }}
        scatterProps={{ children: <LabelList dataKey="need" position="top" fontSize={10} fill="var(--mantine-color-text)" /> }}
        referenceLines={[
          {
            segment: [
              { x: 0, y: 0 },
              { x: 10, y: 10 },
            ],
            color: 'gray.5',
            label: t('segments.charts.diagonal'),
            labelPosition: 'insideTopLeft',
            strokeDasharray: '4 4',
          } as never,
        ]}
        aria-label={t('segments.charts.landscape')}
      />
    </Stack>
  )
}
