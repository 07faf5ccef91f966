/** The auto-code rules of every code, with the edits the rules panel makes (each one undoable). */
import { useCallback, useEffect, useState } from 'react'
import type { AutocodeRule, RuleKind } from '../../../../shared/contract/autocode'
import { invoke } from '../../api/client'
import { STALE, useNewest } from '../../api/newest'
import { announceCodingChange, useCodingChanges } from '../coding/changes'
import { refreshUndo } from '../coding/undoState'
import { useReportErrors } from '../coding/useErrors'

/** What the service would refuse, asked without saving anything. Errors go to the caller. */
const check = (codeId: number | undefined, kind: RuleKind, pattern: string) => invoke('autocode.checkRule', { codeId, kind, pattern })

export function useRules() {
  const [rules, setRules] = useState<AutocodeRule[]>([])
  const [loaded, setLoaded] = useState(false)
  const report = useReportErrors()

  const newest = useNewest()
  const reload = useCallback(() => {
    void newest.take(report(invoke('autocode.rules', {}))).then((r) => {
      if (r === STALE) return
      setLoaded(true)
      if (r) setRules(r)
    })
  }, [report, newest])
  useEffect(reload, [reload])
  // Undo and redo (and a codebook change, which renames or removes a rule's code) reload the list.
  useCodingChanges(reload)

  /** Every view reloads when the change reaches them (a withdrawn suggestion, a starter code); otherwise only this list does. */
  const done = (others: boolean) => {
    if (others) announceCodingChange()
    else reload()
    refreshUndo()
  }
  return {
    rules,
    loaded,
    check,
    /** Errors go to the caller, which explains a refused rule beside the form. */
    add: async (codeId: number, kind: RuleKind, pattern: string) => {
      const rule = await invoke('autocode.addRule', { codeId, kind, pattern })
      done(false)
      return rule
    },
    remove: async (id: number) => {
      const r = await report(invoke('autocode.deleteRule', { id }))
      if (r) done(r.withdrawn > 0)
      return r
    },
    installStarter: async () => {
      const r = await report(invoke('autocode.installStarter', {}))
      if (r) done(true)
      return r
    },
  }
}

export type Rules = ReturnType<typeof useRules>
