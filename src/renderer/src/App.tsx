/**
 * Provider order matters: the app state (settings) decides the color scheme and the
 * language, so it sits above Mantine; the picker and the project actions need Mantine.
 */
import { Button, Center, DirectionProvider, Loader, MantineProvider, Stack, Text, Title } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { AppStateProvider, useAppState } from './app/appState'
import { NavigationProvider } from './app/navigation'
import { screens } from './app/screens'
import { useResolvedColorScheme } from './app/useColorScheme'
import { useLocale } from './app/useLocale'
import { notifyError } from './features/errors/notifyError'
import { FilePickerProvider } from './features/files/FilePickerProvider'
import { ProjectActionsProvider } from './features/project/ProjectActionsProvider'
import { Shell } from './features/shell/Shell'
import i18n from './i18n'
import { cssVariablesResolver, themeWithLabels } from './theme/theme'

export function App() {
  const onSettingsError = useCallback((err: unknown) => notifyError(i18n.t.bind(i18n), err), [])
  return (
    <AppStateProvider onSettingsError={onSettingsError}>
      <DirectionProvider>
        <Themed />
      </DirectionProvider>
    </AppStateProvider>
  )
}

function Themed() {
  const { state, status } = useAppState()
  const scheme = useResolvedColorScheme(state?.settings.theme ?? 'auto')
  const language = state?.settings.language ?? 'en'
  useLocale(language, state?.project?.name ?? null)
  const theme = useMemo(() => themeWithLabels(i18n.t('a11y.close', { lng: language })), [language])
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme={scheme}>
      <Notifications position="bottom-right" />
      {status === 'ready' && state ? (
        <FilePickerProvider projectsDir={state.projectsDir}>
          <ProjectActionsProvider>
            <NavigationProvider screens={screens}>
              <Shell />
            </NavigationProvider>
          </ProjectActionsProvider>
        </FilePickerProvider>
      ) : (
        <Boot failed={status === 'failed'} />
      )}
    </MantineProvider>
  )
}

function Boot({ failed }: { failed: boolean }) {
  const { t } = useTranslation()
  const { retry } = useAppState()
  return (
    <Center h="100vh">
      {failed ? (
        <Stack align="center" gap="sm" maw={420} ta="center">
          <Title order={2} size="h4">
            {t('app.unreachableTitle')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('app.unreachableBody')}
          </Text>
          <Button variant="light" onClick={retry}>
            {t('app.retry')}
          </Button>
        </Stack>
      ) : (
        <Loader aria-label={t('app.loading')} />
      )}
    </Center>
  )
}
