/**
 * The one order for names people see in lists: numbers inside names compare as numbers ("row 2"
 * before "row 10", "P9" before "P10"), and case and accents do not split names apart.
 */
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

export function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b)
}
