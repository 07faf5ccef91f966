import { NavLink, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useLoadedState } from '../../app/appState'
import { useNavigation } from '../../app/navigation'
import { screens } from '../../app/screens'

export function Navbar({ onNavigate }: { onNavigate(): void }) {
  const { t } = useTranslation()
  const { project } = useLoadedState()
  const { screen, go } = useNavigation()
  const general = screens.filter((s) => !s.needsProject)
  const projectScreens = screens.filter((s) => s.needsProject)

  const link = (s: (typeof screens)[number]) => (
    <NavLink
      key={s.id}
      data-testid={`nav-${s.id}`}
      label={t(s.label)}
      leftSection={<s.icon size={18} stroke={1.6} />}
      active={screen === s.id}
      aria-current={screen === s.id ? 'page' : undefined}
      onClick={() => {
        go(s.id)
        onNavigate()
      }}
      variant="light"
    />
  )

  return (
    <Stack gap={4} component="nav" aria-label={t('nav.label')}>
      {general.map(link)}
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" mt="lg" mb={4} px="sm">
        {t('nav.projectSection')}
      </Text>
      {project ? (
        projectScreens.map(link)
      ) : (
        <Text size="sm" c="dimmed" px="sm">
          {t('nav.openProjectHint')}
        </Text>
      )}
    </Stack>
  )
}
