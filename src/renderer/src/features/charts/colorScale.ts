/**
 * Cell colours computed here rather than with CSS color-mix, so an exported SVG carries plain
 * colours any viewer can draw. One hue (the app's petrol), light to dark, per colour scheme.
 */
type Rgb = [number, number, number]

const SCALES: Record<'light' | 'dark', { low: Rgb; high: Rgb; empty: string }> = {
  light: { low: [240, 248, 249], high: [0, 103, 120], empty: '#f1f3f5' },
  dark: { low: [38, 48, 51], high: [97, 172, 189], empty: '#2e2e2e' },
}

const hex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`

export function cellColor(value: number | null, max: number, scheme: 'light' | 'dark'): { fill: string; text: string } {
  const scale = SCALES[scheme]
  if (value === null) return { fill: scale.empty, text: scheme === 'dark' ? '#868e96' : '#868e96' }
  const t = max > 0 ? Math.max(0, Math.min(1, value / max)) : 0
  const rgb = scale.low.map((low, i) => low + (scale.high[i]! - low) * t) as Rgb
  const darkText = scheme === 'light' ? t < 0.5 : t > 0.6
  return { fill: hex(rgb), text: darkText ? '#1a1b1e' : '#ffffff' }
}
