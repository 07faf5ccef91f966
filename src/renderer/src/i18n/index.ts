/**
 * i18next with the two languages Needle ships. Every visible string lives in en.json and
 * ar.json; the language itself is a user setting (settings.update), applied by useLocale.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Direction, Language } from '../../../shared/domain'
import ar from './ar.json'
import en from './en.json'

export const LANGUAGES: Language[] = ['en', 'ar']

export function directionOf(language: Language): Direction {
  return language === 'ar' ? 'rtl' : 'ltr'
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, ar: { translation: ar } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes already
})

export default i18next
