/** Opens a quote where it was said: the Coding screen at its document, the quote selected and in view. */
import { useCallback } from 'react'
import { useNavigation } from '../../app/navigation'
import { setCodingTarget } from '../coding/openTarget'

export function useOpenQuote() {
  const { go } = useNavigation()
  return useCallback(
    (q: { documentId: number; start: number; end: number }) => {
      setCodingTarget({ documentId: q.documentId, start: q.start, end: q.end })
      go('coding')
    },
    [go],
  )
}
