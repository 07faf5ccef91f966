/** Needle's look: a calm petrol-blue accent, generous radius, Inter / Noto Sans Arabic. */
import { createTheme, type MantineColorsTuple } from '@mantine/core'
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
  primaryShade: { light: 7, dark: 5 },
  colors: { petrol },
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '600' },
  defaultRadius: 'md',
  cursorType: 'pointer',
})
