import { BarChart } from '@mantine/charts'
import { Stack, useDirection } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SegmentCharts } from '../../../../shared/contract/segments'
import { Text as SvgText, type TextProps } from 'recharts'
import { letterDirection } from '../../../../shared/text/arabic'
import { useNumbers } from '../segments/useNumbers'
import { ChartTable } from './ChartTable'

/**
 * A segment name beside its bar, laid out in its own direction. The names sit outside the bars: to
 * the left of the axis in a left-to-right chart, to its right in a right-to-left one. SVG's
 * text-anchor counts from the text's own start, so the anchor that puts the name's outer edge
 * at the axis depends on the name's direction as well as on the side (recharts' own anchor
 * assumes left-to-right text, and drew English names over the bars of an Arabic chart).
 */
function NameTick(props: TextProps & { payload?: { value: string }; chartDir: 'ltr' | 'rtl' }) {
  const { payload, chartDir, textAnchor: _rechartsAnchor, ...rest } = props
  const name = String(payload?.value ?? '')
  // A name's own direction: an Arabic segment name reads right to left even in an English chart.
  const dir = letterDirection(name) ?? chartDir
  // Right of the axis: the name's left edge at the axis; left of it: its right edge.
  const leftEdge = dir === 'ltr' ? 'start' : 'end'
  const rightEdge = dir === 'ltr' ? 'end' : 'start'
  const anchor = chartDir === 'rtl' ? leftEdge : rightEdge
  return (
    // What Mantine's own ticks carry (a function tick replaces them): 12px, the chart text colour, 10px from the axis.
    <SvgText
      {...rest}
      textAnchor={anchor}
      direction={dir}
      fontSize={12}
      style={{ fill: 'var(--chart-text-color, var(--mantine-color-dimmed))' }}
      transform={`translate(${chartDir === 'rtl' ? 10 : -10}, 0)`}
    >
      {name}
    </SvgText>
  )
}

/** Segment sizes as horizontal bars (names are long), share of participants written on each bar. */
export function SizesChart({ sizes }: { sizes: SegmentCharts['sizes'] }) {
  const { t } = useTranslation()
  const num = useNumbers()
  const { dir } = useDirection()
  const rtl = dir === 'rtl'
  const data = sizes.rows.map((r) => ({ segment: r.name, share: Math.round(r.share * 1000) / 10, size: r.size }))
  const longest = Math.max(...data.map((d) => d.segment.length), 4)
  return (
    <Stack gap="xs">
      <BarChart
        h={Math.max(140, data.length * 44 + 40)}
        data={data}
        dataKey="segment"
        orientation="vertical"
        series={[{ name: 'share', label: t('segments.charts.share'), color: 'petrol.6' }]}
        valueFormatter={(v) => num.percent(v / 100)}
        withBarValueLabel
        gridAxis="none"
        tickLine="none"
        withXAxis={false}
        yAxisProps={{
          width: Math.min(260, longest * 7 + 12),
          orientation: rtl ? 'right' : 'left',
          tick: (p: TextProps & { payload?: { value: string } }) => <NameTick {...p} chartDir={dir} />,
        }}
        xAxisProps={{ reversed: rtl, domain: [0, 'dataMax + 8'] }}
        barProps={{ radius: 4 }}
        role="img"
        aria-label={t('segments.charts.sizes')}
      />
      <ChartTable
        id="sizes"
        caption={t('segments.charts.sizes')}
        columns={[
          { label: t('chartTables.segment') },
          { label: t('chartTables.participants'), numeric: true },
          { label: t('chartTables.share'), numeric: true },
        ]}
        rows={sizes.rows.map((r, i) => ({ key: String(i), cells: [r.name, num.whole(r.size), num.percent(r.share)] }))}
      />
    </Stack>
  )
}
