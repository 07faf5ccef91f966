import { ScatterChart } from '@mantine/charts'
import { Badge, Group, Select, Stack, Text, useDirection } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LabelList } from 'recharts'
import type { SegmentCharts } from '../../../../shared/contract/segments'
import { UNDERSERVED } from '../segments/NeedBars'
import classes from '../segments/Segments.module.css'
import { useNumbers } from '../segments/useNumbers'
import { ChartTable } from './ChartTable'
import { sideYAxis } from './sideAxis'

type Point = SegmentCharts['landscape']['points'][number]

/**
 * The opportunity landscape: each need at its importance (across) and satisfaction (up), 0-10.
 * Needs below the diagonal matter more than they are satisfied: underserved. The chosen segment's
 * needs are numbered by opportunity (names beside the chart: needs cluster, and names on the
 * points would pile up); everyone's needs are the grey points behind, so the segment's shift shows.
 */
export function LandscapeChart({ landscape, segments }: { landscape: SegmentCharts['landscape']; segments: SegmentCharts['segments'] }) {
  const { t } = useTranslation()
  const num = useNumbers()
  const { dir } = useDirection()
  const rtl = dir === 'rtl'
  const yAxis = sideYAxis(t('segments.charts.satisfaction'), rtl)
  const [chosen, setChosen] = useState<string | null>(segments[0] ? String(segments[0].id) : null)
  const mine = landscape.points
    .filter((p) => p.segmentId !== null && String(p.segmentId) === chosen)
    .sort((a, b) => b.opportunity - a.opportunity)
  const everyone = landscape.points.filter((p) => p.segmentId === null)
  const name = segments.find((s) => String(s.id) === chosen)?.name ?? ''
  // LabelList reads `rank` on every series: everyone's points carry none.
  const xy = (p: Point, rank: string) => ({ importance: p.importance, satisfaction: p.satisfaction, rank })
  const data = [
    { name: t('segments.detail.everyone'), color: 'gray.4', data: everyone.map((p) => xy(p, '')) },
    { name, color: 'petrol.7', data: mine.map((p, i) => xy(p, num.whole(i + 1))) },
  ] as unknown as Parameters<typeof ScatterChart>[0]['data']
  return (
    <Stack gap="xs">
      <Select
        label={t('segments.charts.landscapeSegment')}
        data={segments.map((s) => ({ value: String(s.id), label: s.name }))}
        value={chosen}
        onChange={setChosen}
        allowDeselect={false}
        maw={420}
      />
      <Group align="flex-start" gap="md" wrap="wrap">
        <ScatterChart
          h={320}
          style={{ flex: '1 1 280px', minWidth: 260 }}
          data={data}
          dataKey={{ x: 'importance', y: 'satisfaction' }}
          labels={{ x: t('segments.charts.importance'), y: t('segments.charts.satisfaction') }}
          xAxisLabel={t('segments.charts.importance')}
          yAxisLabel={yAxis.axisLabel}
          valueFormatter={(v) => num.one(v)}
          xAxisProps={{ domain: [0, 10], type: 'number', reversed: rtl, ticks: [0, 2, 4, 6, 8, 10] }}
          yAxisProps={{ domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10], ...yAxis.props }}
          scatterChartProps={yAxis.margin ? { margin: { bottom: 30, ...yAxis.margin } } : undefined}
          scatterProps={{
            children: <LabelList dataKey="rank" position="top" fontSize={11} fontWeight={600} fill="var(--mantine-color-petrol-8)" />,
          }}
          referenceLines={[
            {
              segment: [
                { x: 0, y: 0 },
                { x: 10, y: 10 },
              ],
              color: 'gray.5',
              strokeDasharray: '4 4',
            } as never,
          ]}
          role="img"
          aria-label={t('segments.charts.landscape')}
        />
        <Stack gap={4} style={{ flex: '1 1 200px' }} role="list" aria-label={t('segments.charts.landscapeList')}>
          <Text size="xs" fw={600} c="dimmed">
            {t('segments.charts.landscapeList')}
          </Text>
          {mine.map((p, i) => (
            <Group key={p.needId} gap={6} wrap="nowrap" role="listitem">
              <Badge size="sm" circle variant={p.opportunity >= UNDERSERVED ? 'filled' : 'light'} color="petrol">
                {num.whole(i + 1)}
              </Badge>
              <Text size="xs" style={{ flex: 1 }} lineClamp={1} dir="auto" title={p.need}>
                {p.need}
              </Text>
              <Text size="xs" fw={p.opportunity >= UNDERSERVED ? 650 : 400} className={classes.num}>
                {num.one(p.opportunity)}
              </Text>
            </Group>
          ))}
        </Stack>
      </Group>
      <ChartTable
        id="landscape"
        caption={t('chartTables.landscapeCaption', { title: t('segments.charts.landscape'), segment: name })}
        columns={[
          { label: t('chartTables.need') },
          { label: t('segments.charts.importance'), numeric: true },
          { label: t('segments.charts.satisfaction'), numeric: true },
          { label: t('chartTables.opportunity'), numeric: true },
        ]}
        rows={mine.map((p) => ({
          key: String(p.needId),
          cells: [p.need, num.one(p.importance), num.one(p.satisfaction), num.one(p.opportunity)],
        }))}
      />
    </Stack>
  )
}
