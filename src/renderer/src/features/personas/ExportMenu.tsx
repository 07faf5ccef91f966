/** Export a card (or the deck of every card) as PDF on A4 or Letter, PNG, Markdown or JSON. */
import { Button, Menu } from '@mantine/core'
import { IconDownload, IconFileTypePdf, IconJson, IconMarkdown, IconPhoto } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ExportFormat, ExportRequest, PageSize } from './useExportPersonas'

interface Props {
  personaId: number | 'all'
  suggestedName: string
  busy: boolean
  onExport(req: ExportRequest): void
}

export function ExportMenu({ personaId, suggestedName, busy, onExport }: Props) {
  const { t } = useTranslation()
  const scope = personaId === 'all' ? 'deck' : 'card'
  const item =
    (format: ExportFormat, page: PageSize = 'a4') =>
    () =>
      onExport({ personaId, format, page, suggestedName })
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant={scope === 'deck' ? 'filled' : 'default'} leftSection={<IconDownload size={16} />} loading={busy}>
          {t(`personas.export.${scope}`)}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('personas.export.pdfLabel')}</Menu.Label>
        <Menu.Item leftSection={<IconFileTypePdf size={14} />} onClick={item('pdf', 'a4')}>
          {t(`personas.export.${scope}PdfA4`)}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileTypePdf size={14} />} onClick={item('pdf', 'letter')}>
          {t(`personas.export.${scope}PdfLetter`)}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconPhoto size={14} />} onClick={item('png')}>
          {t(`personas.export.${scope}Png`)}
        </Menu.Item>
        <Menu.Item leftSection={<IconMarkdown size={14} />} onClick={item('md')}>
          {t(`personas.export.${scope}Md`)}
        </Menu.Item>
        <Menu.Item leftSection={<IconJson size={14} />} onClick={item('json')}>
          {t(`personas.export.${scope}Json`)}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
