import { useEffect, useState } from 'react'
import type { DirListing } from '../../../../shared/domain'
import { invoke } from '../../api/client'

/** One folder's listing through files.list; `dir` undefined lists the user's home folder. */
export function useDirListing(dir: string | undefined, enabled: boolean) {
  const [listing, setListing] = useState<DirListing | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [loading, setLoading] = useState(false)

  useEffect(() => {
    if (!enabled) return
    let live = true
    setLoading(true)
    setError(null)
    invoke('files.list', dir ? { dir } : {}).then(
      (l) => {
        if (!live) return
        setListing(l)
        setLoading(false)
      },
      (err) => {
        if (!live) return
        setError(err)
        setLoading(false)
      },
    )
    return () => {
      live = false
    }
  }, [dir, enabled])

  return { listing, error, loading }
}
