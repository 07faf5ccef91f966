/**
 * WCAG 2 contrast arithmetic for the theme. The theme picks its text and fill shades with it,
 * so every colour Mantine derives (dimmed text, light badges, filled buttons) reaches AA
 * (4.5:1 for normal text) by construction instead of by per-element overrides.
 */

/** Relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const h = hex.replace('#', '')
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** Mixes a colour towards black by `amount` (0..1). */
export function darken(hex: string, amount: number): string {
  const h = hex.replace('#', '')
  return `#${[0, 2, 4]
    .map((i) =>
      Math.round(parseInt(h.slice(i, i + 2), 16) * (1 - amount))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

/**
 * The lightest colour of `shades` (tried in order, then darkened step by step) that reaches
 * `ratio` against every background in `on`.
 */
export function firstReadable(shades: readonly string[], on: readonly string[], ratio = 4.6): string {
  const ok = (c: string) => on.every((bg) => contrast(c, bg) >= ratio)
  const found = shades.find(ok)
  if (found) return found
  let c = shades[shades.length - 1]
  for (let step = 0; step < 20 && !ok(c); step++) c = darken(c, 0.08)
  return c
}
