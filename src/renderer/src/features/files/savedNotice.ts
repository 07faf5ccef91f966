/**
 * Says where an export was written, in full, through the shell's polite live region: the result
 * panels show the path to the eye, but a panel already on screen that only changes its text is
 * not read out again, so a second export would otherwise pass in silence.
 */
import type { TFunction } from 'i18next'
import { announce } from '../../app/announce'
import { folderOf } from '../../app/paths'

export function announceSaved(t: TFunction, paths: readonly string[]): void {
  if (paths.length === 0) return
  announce(
    paths.length === 1
      ? t('filePicker.savedTo', { path: paths[0] })
      : t('filePicker.savedMany', { count: paths.length, folder: folderOf(paths[0]) }),
  )
}
