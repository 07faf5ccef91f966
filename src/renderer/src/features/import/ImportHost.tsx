import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { usePickFiles } from '../files/FilePickerProvider'
import { ImportDialog } from './ImportDialog'
import { IMPORTABLE_EXTENSIONS } from './importableFiles'
import { subscribeImportHost } from './importRequests'
import { useImportFlow } from './useImportFlow'

/** Answers "Import…" on the screen it is mounted in: the file picker, then the import dialog. */
export function ImportHost() {
  const { t } = useTranslation()
  const pickMany = usePickFiles()
  const flow = useImportFlow()
  const latest = useRef({ flow, pickMany, t })
  latest.current = { flow, pickMany, t }

  useEffect(
    () =>
      subscribeImportHost(() => {
        const { pickMany: pick, flow: f, t: tr } = latest.current
        if (f.phase !== 'closed') return
        void pick({
          mode: 'files',
          multiple: true,
          extensions: IMPORTABLE_EXTENSIONS,
          // No folder named: the picker opens where the researcher last chose (the next batch usually comes from there).
          title: tr('import.picker.title'),
          confirmLabel: tr('import.picker.confirm'),
        }).then((paths) => {
          if (paths) latest.current.flow.start(paths)
        })
      }),
    [],
  )

  return <ImportDialog flow={flow} />
}
