import '@mantine/charts/styles.css'
import { Center, Container, Loader, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ScreenHeader } from '../shell/ScreenHeader'
import { useNumbers } from '../segments/useNumbers'
import { ChartFrame } from './ChartFrame'
import { LandscapeChart } from './LandscapeChart'
import { MatrixGrid } from './MatrixGrid'
import { SizesChart } from './SizesChart'
import { useAttributeNames } from './useAttributeNames'
import { useCharts } from './useCharts'

/** The saved run's charts, each exportable: sizes, opportunity heatmap, landscape, co-occurrence, crosstab. */
export function ChartsScreen() {
  const { t } = useTranslation()
  const num = useNumbers()
  const [attribute, setAttribute] = useState<string | null>(null)
  const { charts, missing } = useCharts(attribute)
  const attributeNames = useAttributeNames()

  const header = <ScreenHeader title={t('segments.charts.title')} subtitle={t('segments.charts.subtitle')} />
  if (missing)
    return (
      <Container size="xl" py="md">
        <Stack gap="lg">
          {header}
          <Paper withBorder radius="md" p="xl" style={{ borderStyle: 'dashed' }}>
            <Text c="dimmed">{t('segments.charts.empty')}</Text>
          </Paper>
        </Stack>
      </Container>
    )
  if (!charts)
    return (
      <Center h={240}>
        <Loader />
      </Center>
    )

  const { heatmap, cooccurrence, crosstab } = charts
  const cell = new Map(heatmap.cells.map((c) => [`${c.segmentId}:${c.needId}`, c.opportunity]))
  const names = cooccurrence.codes.map((c) => c.name)
  return (
    <Container size="xl" py="md">
      <Stack gap="lg">
        {header}
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <ChartFrame id="sizes" title={t('segments.charts.sizes')} hint={t('segments.charts.sizesHint')} csv={charts.sizes.csv}>
            <SizesChart sizes={charts.sizes} />
          </ChartFrame>
          <ChartFrame
            id="landscape"
            title={t('segments.charts.landscape')}
            hint={t('segments.charts.landscapeHint')}
            csv={charts.landscape.csv}
          >
            <LandscapeChart landscape={charts.landscape} segments={charts.segments} />
          </ChartFrame>
        </SimpleGrid>
        <ChartFrame id="heatmap" title={t('segments.charts.heatmap')} hint={t('segments.charts.heatmapHint')} csv={heatmap.csv}>
          <MatrixGrid
            label={t('segments.charts.heatmap')}
            id="heatmap"
            rowHeader={t('chartTables.segment')}
            rows={charts.segments.map((s) => s.name)}
            columns={heatmap.needs.map((n) => n.name)}
            values={charts.segments.map((s) => heatmap.needs.map((n) => cell.get(`${s.id}:${n.id}`) ?? null))}
            max={20}
            format={num.one}
            cellWidth={58}
            rowChars={48}
          />
        </ChartFrame>
        <ChartFrame
          id="cooccurrence"
          title={t('segments.charts.cooccurrence')}
          hint={t('segments.charts.cooccurrenceHint')}
          csv={cooccurrence.csv}
        >
          <MatrixGrid
            label={t('segments.charts.cooccurrence')}
            id="cooccurrence"
            rowHeader={t('chartTables.code')}
            rows={names}
            columns={names}
            values={cooccurrence.matrix}
            max={Math.max(1, ...cooccurrence.matrix.flatMap((row, i) => row.filter((_, j) => j !== i)))}
            format={num.whole}
            cellWidth={40}
          />
        </ChartFrame>
        <ChartFrame id="crosstab" title={t('segments.charts.crosstab')} hint={t('segments.charts.crosstabHint')} csv={crosstab.csv}>
          <Stack gap="sm">
            <Select
              label={t('segments.charts.attribute')}
              data={attributeNames}
              value={crosstab.attribute}
              onChange={setAttribute}
              allowDeselect={false}
              searchable
              w={280}
            />
            <MatrixGrid
              label={t('segments.charts.crosstab')}
              id="crosstab"
              rowHeader={t('chartTables.code')}
              rows={crosstab.rows.map((r) => r.code)}
              columns={crosstab.values}
              values={crosstab.rows.map((r) => r.counts)}
              max={Math.max(1, ...crosstab.rows.flatMap((r) => r.counts))}
              format={num.whole}
              cellWidth={56}
            />
          </Stack>
        </ChartFrame>
      </Stack>
    </Container>
  )
}
