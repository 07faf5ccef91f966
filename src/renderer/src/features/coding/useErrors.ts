import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { notifyError } from '../errors/notifyError'

/** Wraps an action so a refusal from the services is shown, never swallowed. */
export function useReportErrors() {
  const { t } = useTranslation()
  return useCallback(
    <T>(work: Promise<T>): Promise<T | undefined> =>
      work.catch((err: unknown) => {
        notifyError(t, err)
        return undefined
      }),
    [t],
  )
}
