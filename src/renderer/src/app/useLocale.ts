/**
 * Applies the language setting everywhere it matters: i18next, <html lang dir> (which
 * also flips Mantine through DirectionProvider), and the window title.
 */
import { useDirection } from '@mantine/core'
import { useEffect } from 'react'
import type { Language } from '../../../shared/domain'
import i18n, { directionOf } from '../i18n'

export function useLocale(language: Language, projectName: string | null): void {
  const { setDirection } = useDirection()
  useEffect(() => {
    void i18n.changeLanguage(language)
    document.documentElement.lang = language
    setDirection(directionOf(language))
  }, [language, setDirection])

  useEffect(() => {
    const app = i18n.t('app.name')
    document.title = projectName ? `${projectName} — ${app}` : app
  }, [language, projectName])
}
