import { BarChart } from '@mantine/charts'
import { Stack, useDirection } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SegmentCharts } from '../../../../shared/contract/segments'
import { Text as SvgText, type TextProps } from 'recharts'
import { letterDirection } from '../../../../shared/text/arabic'
import { useNumbers } from '../segments/useNumbers'
import { ChartTable } from './ChartTable'

/**
 * A segment name beside its bar, laid out in its own direction. SVG's text-anchor counts from the
 * text's start, so a name whose direction differs from the chart's swaps start and end to stay put.
 */
function NameTick(props: TextProps & { payload?: { value: string }; chartDir: 'ltr' | 'rtl' }) {
  const { payload, chartDir, textAnchor, ...rest } = props
  const name = String(payload?.value ?? '')
  // A name's own direction: an Arabic segment name reads right to left even in an English chart.
  const dir = letterDirection(name) ?? chartDir
  const swap = dir !== chartDir && (textAnchor === 'start' || textAnchor === 'end')
  const anchor = swap ? (textAnchor === 'start' ? 'end' : 'start') : textAnchor
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
