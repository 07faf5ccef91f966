import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/domain'
import { useAppState, useLoadedState } from '../../app/appState'
import { LANGUAGES } from '../../i18n'

export function LanguageSwitcher() {
  const { t } = useTranslation()
  const { settings } = useLoadedState()
  const { updateSettings } = useAppState()
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={settings.language}
      onChange={(value) => void updateSettings({ language: value as Language })}
      // Each language is named in itself, so anyone can find theirs whatever the UI shows.
      data={LANGUAGES.map((lang) => ({ value: lang, label: <span lang={lang}>{t(`languages.${lang}`)}</span> }))}
    />
  )
}
