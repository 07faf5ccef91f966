/**
 * Arabic-Indic (٠١٢…) and Persian (۰۱۲…) digits, and the Arabic decimal and thousands separators
 * and percent sign, as the ASCII an export in another locale would have written: Arabic
 * respondents and Arabic exports write numbers and dates this way, and they are the same numbers.
 */
const EASTERN = /[\u0660-\u066c\u06f0-\u06f9]/g

export function westernDigits(text: string): string {
  return text.replace(EASTERN, (c) => {
    const code = c.charCodeAt(0)
    if (code === 0x066a) return '%'
    if (code === 0x066b) return '.'
    if (code === 0x066c) return ','
    return String((code & 0xf) % 10)
  })
}
