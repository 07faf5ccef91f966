/**
 * The theme's colours reach WCAG AA by construction: every colour's filled shade under white
 * text, its light-badge text on its light background, its outline/text colour on the page, and
 * dimmed text, in both schemes. Checked on the resolved CSS variables Mantine will write.
 */
import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core'
import { describe, expect, it } from 'vitest'
import { contrast } from '../../src/renderer/src/theme/contrast'
import { cssVariablesResolver, theme } from '../../src/renderer/src/theme/theme'

const merged = mergeMantineTheme(DEFAULT_THEME, theme)
const vars = cssVariablesResolver(merged)
const AA = 4.5

describe('theme contrast', () => {
  it('dimmed text is readable on the light and dark surfaces', () => {
    for (const bg of ['#ffffff', merged.colors.gray[0], merged.colors.gray[1]])
      expect(contrast(vars.light['--mantine-color-dimmed'], bg)).toBeGreaterThanOrEqual(AA)
    for (const bg of [merged.colors.dark[7], merged.colors.dark[6], merged.colors.dark[5]])
      expect(contrast(vars.dark['--mantine-color-dimmed'], bg)).toBeGreaterThanOrEqual(AA)
  })

  it.each(Object.keys(merged.colors).filter((c) => c !== 'dark' && c !== 'gray'))(
    '%s: fills, light badges and outlines reach AA',
    (name) => {
      const shades = merged.colors[name]
      expect(contrast('#ffffff', vars.light[`--mantine-color-${name}-filled`])).toBeGreaterThanOrEqual(AA)
      expect(contrast('#ffffff', vars.dark[`--mantine-color-${name}-filled`])).toBeGreaterThanOrEqual(AA)
      // A light badge: its text on its background (shade 1) and on its hover background (shade 2).
      for (const bg of [shades[1], shades[2]])
        expect(contrast(vars.light[`--mantine-color-${name}-light-color`], bg)).toBeGreaterThanOrEqual(AA)
      expect(contrast(vars.light[`--mantine-color-${name}-outline`], '#ffffff')).toBeGreaterThanOrEqual(AA)
      expect(contrast(vars.dark[`--mantine-color-${name}-text`], merged.colors.dark[7])).toBeGreaterThanOrEqual(AA)
    },
  )
})
