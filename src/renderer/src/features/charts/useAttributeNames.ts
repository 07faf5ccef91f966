/** The participants' attribute names, for choosing the crosstab's columns. */
import { useEffect, useState } from 'react'
import { invoke } from '../../api/client'

export function useAttributeNames(): string[] {
  const [names, setNames] = useState<string[]>([])
  useEffect(() => {
    let live = true
    invoke('participants.list', {})
      .then((people) => {
        const set = new Set<string>()
        for (const p of people) if (!p.isInterviewer) for (const k of Object.keys(p.attributes)) set.add(k)
        if (live) setNames([...set].sort((a, b) => a.localeCompare(b)))
      })
      // The crosstab still shows the service's default attribute; the list only offers others.
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])
  return names
}
