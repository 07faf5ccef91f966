import { ActionIcon, Badge, Burger, Divider, Group, Text, Tooltip } from '@mantine/core'
import { IconKeyboard, IconLock, IconNeedleThread } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLoadedState } from '../../app/appState'
import { FileMenu } from './FileMenu'
import { LanguageSwitcher } from './LanguageSwitcher'
import classes from './Shell.module.css'
import { ThemeSwitcher } from './ThemeSwitcher'

export function Header({ navOpened, toggleNav, onShortcuts }: { navOpened: boolean; toggleNav(): void; onShortcuts(): void }) {
  const { t } = useTranslation()
  const { edition, project } = useLoadedState()
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger opened={navOpened} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.label')} />
        <Group gap={8} wrap="nowrap">
          <span className={classes.logo} aria-hidden>
            <IconNeedleThread size={18} stroke={1.8} />
          </span>
          <Text fw={650} size="lg" className={classes.wordmark}>
            {t('app.name')}
          </Text>
        </Group>
        {project ? (
          <>
            <Divider orientation="vertical" my={14} visibleFrom="xs" />
            <Text fw={500} truncate visibleFrom="xs" data-testid="header-project">
              {project.name}
            </Text>
            {project.readOnly ? (
              <Tooltip label={t('overview.readOnlyNoHolder')} multiline w={260}>
                <Badge color="orange" variant="light" leftSection={<IconLock size={12} />}>
                  {t('header.readOnly')}
                </Badge>
              </Tooltip>
            ) : null}
          </>
        ) : null}
      </Group>
      <Group gap="sm" wrap="nowrap">
        {edition === 'browser' ? <FileMenu /> : null}
        <Tooltip label={t('a11y.shortcutsButton')}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('a11y.shortcutsButton')}
            onClick={onShortcuts}
            data-testid="shortcuts-button"
          >
            <IconKeyboard size={18} stroke={1.6} />
          </ActionIcon>
        </Tooltip>
        <LanguageSwitcher />
        <ThemeSwitcher />
      </Group>
    </Group>
  )
}
