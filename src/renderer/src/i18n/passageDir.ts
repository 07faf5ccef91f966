import { letterDirection } from '../../../shared/text/arabic'

/**
 * The dir of a passage of user text (a quote, a highlight, a search hit): the direction most of its
 * letters are written in, so an Arabic sentence that opens with a Latin brand name stays
 * right-to-left, where dir="auto" would follow that first word. Text without letters: auto.
 */
export function passageDir(text: string): 'ltr' | 'rtl' | 'auto' {
  return letterDirection(text) ?? 'auto'
}
