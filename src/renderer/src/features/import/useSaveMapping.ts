import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { TableMapping } from '../../../../shared/import/mapping'
import { invoke } from '../../api/client'
import { folderOf } from '../../app/paths'
import { notifyError, notifySuccess } from '../errors/notifyError'
import { usePickFile } from '../files/FilePickerProvider'

/** "Save mapping…": asks where, then writes the mapping JSON the CLI reads with --mapping. */
export function useSaveMapping() {
  const { t } = useTranslation()
  const pick = usePickFile()
  return useCallback(
    async (file: string, fileName: string, mapping: TableMapping) => {
      const stem = fileName.replace(/\.[^.]+$/, '')
      const path = await pick({
        mode: 'saveFile',
        extension: 'json',
        startDir: folderOf(file),
        suggestedName: `${stem}.mapping.json`,
        title: t('import.mapping.saveTitle'),
        confirmLabel: t('import.mapping.saveConfirm'),
      })
      if (!path) return
      try {
        const saved = await invoke('import.saveMapping', { path, mapping })
        notifySuccess(t('import.mapping.saved', { path: saved.path }))
      } catch (err) {
        notifyError(t, err)
      }
    },
    [pick, t],
  )
}
