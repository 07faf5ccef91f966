import { ActionIcon, Menu, Tooltip } from '@mantine/core'
import { IconCheck, IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ThemeName } from '../../../../shared/domain'
import { useAppState, useLoadedState } from '../../app/appState'

const OPTIONS: { value: ThemeName; icon: typeof IconSun }[] = [
  { value: 'light', icon: IconSun },
  { value: 'dark', icon: IconMoon },
  { value: 'auto', icon: IconDeviceDesktop },
]

export function ThemeSwitcher() {
  const { t } = useTranslation()
  const { settings } = useLoadedState()
  const { updateSettings } = useAppState()
  const CurrentIcon = OPTIONS.find((o) => o.value === settings.theme)?.icon ?? IconDeviceDesktop
  return (
    <Menu position="bottom-end" width={200}>
      <Menu.Target>
        <Tooltip label={t('header.theme')}>
          <ActionIcon variant="default" size="lg" aria-label={t('header.theme')} data-testid="theme-switcher">
            <CurrentIcon size={18} stroke={1.6} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('header.theme')}</Menu.Label>
        {OPTIONS.map(({ value, icon: Icon }) => (
          <Menu.Item
            key={value}
            data-testid={`theme-${value}`}
            leftSection={<Icon size={16} stroke={1.6} />}
            rightSection={settings.theme === value ? <IconCheck size={14} /> : null}
            onClick={() => void updateSettings({ theme: value })}
          >
            {t(`theme.${value}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
