/**
 * Shares, scores and lifts in the reader's language. useFormat covers whole numbers and dates;
 * segments also show fractions (0.73) and percentages, which Arabic writes with its own digits and sign.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

export function useNumbers() {
  const { i18n } = useTranslation()
  const lang = i18n.language
  return useMemo(() => {
    const whole = new Intl.NumberFormat(lang)
    const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 })
    const one = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    const two = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    const list = new Intl.ListFormat(lang, { type: 'conjunction' })
    return {
      list: (items: string[]) => list.format(items),
      whole: (n: number) => whole.format(n),
      percent: (share: number) => percent.format(share),
      one: (n: number) => one.format(n),
      two: (n: number) => two.format(n),
    }
  }, [lang])
}
