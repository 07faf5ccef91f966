import { BarChart } from '@mantine/charts'
import { Stack, useDirection } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SegmentCharts } from '../../../../shared/contract/segments'
import { useNumbers } from '../segments/useNumbers'
import { ChartTable } from './ChartTable'

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
        yAxisProps={{ width: Math.min(260, longest * 7 + 12), orientation: rtl ? 'right' : 'left' }}
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
