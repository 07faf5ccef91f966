import { useCallback } from 'react'
import { useNavigation } from '../../app/navigation'
import { hasImportHost, requestImport } from './importRequests'

/** For menus and shortcuts: starts an import, going to Sources first when the screen on view has no import dialog. */
export function useStartImport(): () => void {
  const { go } = useNavigation()
  return useCallback(() => {
    if (!hasImportHost()) go('sources')
    requestImport()
  }, [go])
}
