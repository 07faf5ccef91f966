/**
 * Export through export.persona: the researcher chooses where the file goes (save mode of the file
 * picker), and is told where it was written.
 */
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PersonaExportResult } from '../../../../shared/contract/personas'
import { invoke } from '../../api/client'
import { notifyError } from '../errors/notifyError'
import { usePickFile } from '../files/FilePickerProvider'
import { announceSaved } from '../files/savedNotice'

export type ExportFormat = 'pdf' | 'png' | 'md' | 'json'
export type PageSize = 'a4' | 'letter'

export interface ExportRequest {
  /** A card, or every persona (a PDF deck, or one file per persona for the other formats). */
  personaId: number | 'all'
  format: ExportFormat
  page: PageSize
  /** File name offered in the picker (without extension). */
  suggestedName: string
}

export function useExportPersonas() {
  const { t } = useTranslation()
  const pick = usePickFile()
  const [busy, setBusy] = useState(false)
  const [last, setLast] = useState<PersonaExportResult | null>(null)

  const run = useCallback(
    async (req: ExportRequest) => {
      const all = req.personaId === 'all'
      // Several png/md/json files need a folder; a PDF deck is one file.
      const toFolder = all && req.format !== 'pdf'
      const out = await pick(
        toFolder
          ? {
              mode: 'saveFile',
              suggestedName: req.suggestedName,
              title: t('personas.export.pickFolder'),
              confirmLabel: t('personas.export.save'),
            }
          : {
              mode: 'saveFile',
              suggestedName: `${req.suggestedName}.${req.format}`,
              extension: req.format,
              title: t('personas.export.pickFile'),
              confirmLabel: t('personas.export.save'),
            },
      )
      if (!out) return null
      setBusy(true)
      try {
        const result = await invoke('export.persona', {
          ...(all ? { all: true } : { personaId: req.personaId as number }),
          format: req.format,
          page: req.page,
          out,
        })
        setLast(result)
        announceSaved(t, result.files)
        return result
      } catch (err) {
        notifyError(t, err)
        return null
      } finally {
        setBusy(false)
      }
    },
    [pick, t],
  )

  return { run, busy, last, dismiss: () => setLast(null) }
}
