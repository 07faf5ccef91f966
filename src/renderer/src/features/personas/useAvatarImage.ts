/** The researcher's own picture of a persona (a data: URL), fetched only when the card has one. */
import { useEffect, useState } from 'react'
import { invoke } from '../../api/client'

export function useAvatarImage(personaId: number, hasImage: boolean, version: string): string | null {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (!hasImage) return setUrl(null)
    let live = true
    invoke('personas.avatarImage', { personaId })
      .then((r) => live && setUrl(r.dataUrl))
      .catch(() => live && setUrl(null)) // the generated avatar stands in
    return () => {
      live = false
    }
  }, [personaId, hasImage, version])
  return url
}
