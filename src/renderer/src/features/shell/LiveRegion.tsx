import { VisuallyHidden } from '@mantine/core'
import { useEffect, useState } from 'react'
import { onAnnounce } from '../../app/announce'

/** The shell's one polite live region (see app/announce.ts). */
export function LiveRegion() {
  const [message, setMessage] = useState({ text: '', n: 0 })
  // The same sentence twice must be read twice: the counter makes React replace the node.
  useEffect(() => onAnnounce((text) => setMessage((m) => ({ text, n: m.n + 1 }))), [])
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      <span key={message.n}>{message.text}</span>
    </VisuallyHidden>
  )
}
