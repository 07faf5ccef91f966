/** Numbers and dates in the reader's language (Arabic gets Arabic-Indic digits and its calendar wording). */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

export function useFormat() {
  const { i18n } = useTranslation()
  const lang = i18n.language
  return useMemo(() => {
    const number = new Intl.NumberFormat(lang)
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' })
    const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })
    const safe = (f: Intl.DateTimeFormat) => (iso: string) => {
      const d = new Date(iso)
      return Number.isNaN(d.getTime()) ? iso : f.format(d)
    }
    return { number: (n: number) => number.format(n), date: safe(date), dateTime: safe(dateTime) }
  }, [lang])
}
