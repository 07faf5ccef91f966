import { Button, Group, Menu, Paper, Stack, Text, Title, useComputedColorScheme } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLoadedState } from '../../app/appState'
import { notifyError } from '../errors/notifyError'
import { csvBlob, download, findChartSvg, serializeSvg, svgToPng } from './exportChart'

interface Props {
  title: string
  hint?: string
  /** The service's CSV of the same data. */
  csv: string
  /**
   * A stable name for files and tests (English whatever the language, so scripts can find them); also
   * the key of its title under segments.charts, which exported images carry in the project language.
   */
  id: 'sizes' | 'landscape' | 'heatmap' | 'cooccurrence' | 'crosstab'
  children: ReactNode
}

/** A chart with its title and its export menu (PNG, SVG, CSV). */
export function ChartFrame({ title, hint, csv, id, children }: Props) {
  const { t, i18n } = useTranslation()
  const projectLanguage = useLoadedState().project?.language.language ?? 'en'
  const scheme = useComputedColorScheme('light')
  const body = useRef<HTMLDivElement>(null)

  const exportImage = async (kind: 'png' | 'svg') => {
    try {
      const svg = body.current && findChartSvg(body.current)
      if (!svg) throw new Error(t('segments.charts.noImage'))
      const background = scheme === 'dark' ? '#242424' : '#ffffff'
      // The image's own title is in the project language, whatever the app's language is.
      const exportTitle = {
        text: i18n.getFixedT(projectLanguage)(`segments.charts.${id}`),
        dir: projectLanguage === 'ar' ? 'rtl' : 'ltr',
      } as const
      const { markup, width, height } = serializeSvg(svg, background, exportTitle)
      const blob = kind === 'svg' ? new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(markup, width, height)
      download(blob, `needle-${id}.${kind}`)
    } catch (err) {
      notifyError(t, err)
    }
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title} data-testid={`chart-${id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} miw={0}>
            <Title order={2} size="h5">
              {title}
            </Title>
            {hint ? (
              <Text size="xs" c="dimmed">
                {hint}
              </Text>
            ) : null}
          </Stack>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconDownload size={14} />}
                aria-label={t('segments.charts.exportNamed', { title })}
              >
                {t('segments.charts.export')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void exportImage('png')}>{t('segments.charts.png')}</Menu.Item>
              <Menu.Item onClick={() => void exportImage('svg')}>{t('segments.charts.svg')}</Menu.Item>
              <Menu.Item onClick={() => download(csvBlob(csv), `needle-${id}.csv`)}>{t('segments.charts.csv')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
        <div ref={body}>{children}</div>
      </Stack>
    </Paper>
  )
}
