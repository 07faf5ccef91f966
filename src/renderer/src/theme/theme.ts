/** Needle's look: a calm petrol-blue accent, generous radius, Inter / Noto Sans Arabic. */
import {
  createTheme,
  DEFAULT_THEME,
  Drawer,
  Modal,
  NavLink,
  mergeThemeOverrides,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineThemeOverride,
} from '@mantine/core'
import { darken, firstReadable } from './contrast'
import { FONT_STACK } from './fonts'

const petrol: MantineColorsTuple = [
  '#e9f6f8',
  '#d8ebef',
  '#afd5de',
  '#84bfcc',
  '#61acbd',
  '#4aa0b4',
  '#3c9aaf',
  '#2c8699',
  '#1d7789',
  '#006778',
]

export const theme = createTheme({
  primaryColor: 'petrol',
  // Shade 8 is the first petrol that white text reads on (5.2:1); lighter ones fail WCAG AA.
  primaryShade: { light: 8, dark: 8 },
  colors: { petrol },
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '600' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    // Mantine's NavLink is an <a> without href: no Tab stop, no Enter. A button is both.
    NavLink: NavLink.extend({ defaultProps: { component: 'button' } as never }),
  },
})

/** The theme with the words it needs: every dialog's close button is named in the UI language. */
export function themeWithLabels(close: string): MantineThemeOverride {
  return mergeThemeOverrides(theme, {
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': close } } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': close } } }),
    },
  })
}

const WHITE = '#ffffff'
const LIGHT_SURFACES = [WHITE, DEFAULT_THEME.colors.gray[0], DEFAULT_THEME.colors.gray[1]]
const DARK_SURFACES = [DEFAULT_THEME.colors.dark[7], DEFAULT_THEME.colors.dark[6], DEFAULT_THEME.colors.dark[5]]

/**
 * Mantine's defaults put light-grey "dimmed" text, light badges (shade 9 on shade 1-2) and
 * filled buttons (shade 6 under white text) below 4.5:1 for most colours. Each colour's text,
 * fill and light-variant text are recomputed here as the lightest shade that stays readable
 * on the surfaces it is drawn on, in both schemes.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': firstReadable(['#868e96', '#737a81', '#5c636a'], LIGHT_SURFACES),
  }
  const dark: Record<string, string> = {
    '--mantine-color-dimmed': firstReadable(['#909090', '#a0a0a0', '#adadad', '#b8b8b8'], DARK_SURFACES),
  }
  for (const [name, shades] of Object.entries(t.colors)) {
    if (name === 'dark' || name === 'gray') continue
    const fill = firstReadable(shades.slice(6), [WHITE])
    const lightText = firstReadable([shades[9]], [shades[1], shades[2]])
    light[`--mantine-color-${name}-filled`] = fill
    light[`--mantine-color-${name}-filled-hover`] = darken(fill, 0.12)
    light[`--mantine-color-${name}-text`] = firstReadable(shades.slice(6), LIGHT_SURFACES)
    light[`--mantine-color-${name}-outline`] = light[`--mantine-color-${name}-text`]
    light[`--mantine-color-${name}-light-color`] = lightText
    dark[`--mantine-color-${name}-filled`] = fill
    dark[`--mantine-color-${name}-filled-hover`] = darken(fill, 0.12)
    // On dark surfaces the search runs from the saturated middle shades towards the pale ones.
    dark[`--mantine-color-${name}-text`] = firstReadable(shades.slice(0, 6).reverse(), DARK_SURFACES)
    dark[`--mantine-color-${name}-outline`] = dark[`--mantine-color-${name}-text`]
  }
  return { variables: {}, light, dark }
}
