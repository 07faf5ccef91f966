/**
 * Fonts are bundled (not system fonts) so that the UI and every screenshot look the same on
 * every machine. Inter carries Latin text, Noto Sans Arabic carries Arabic; the browser picks
 * per glyph through each face's unicode-range, so mixed text renders in the right face.
 */
import '@fontsource/inter/latin-400.css'
import '@fontsource/inter/latin-500.css'
import '@fontsource/inter/latin-600.css'
import '@fontsource/inter/latin-700.css'
import '@fontsource/noto-sans-arabic/arabic-400.css'
import '@fontsource/noto-sans-arabic/arabic-500.css'
import '@fontsource/noto-sans-arabic/arabic-600.css'
import '@fontsource/noto-sans-arabic/arabic-700.css'

export const FONT_STACK = "Inter, 'Noto Sans Arabic', system-ui, sans-serif"
