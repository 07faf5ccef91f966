import { Container, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconFilePlus, IconFlask, IconFolderOpen } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLoadedState } from '../../app/appState'
import { hotkeyFor } from '../../app/shortcuts'
import { useProjectActions } from '../project/ProjectActionsProvider'
import { ShortcutHint } from '../shell/ShortcutHint'
import { ActionCard } from './ActionCard'
import { RecentProjects } from './RecentProjects'

export function StartScreen() {
  const { t } = useTranslation()
  const { edition } = useLoadedState()
  const actions = useProjectActions()
  return (
    <Container size="md" py="lg">
      <Stack gap={40}>
        <Stack gap="xs">
          <Title order={1} fw={650}>
            {t('start.title')}
          </Title>
          <Text c="dimmed" size="lg" maw={620} lh={1.6}>
            {t('start.subtitle')}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <ActionCard
            icon={IconFilePlus}
            title={t('actions.new')}
            description={t('start.newDescription')}
            hint={<ShortcutHint hotkey={hotkeyFor('new', edition)} />}
            disabled={actions.busy}
            onClick={() => void actions.newProject()}
          />
          <ActionCard
            icon={IconFolderOpen}
            title={t('actions.open')}
            description={t('start.openDescription')}
            hint={<ShortcutHint hotkey={hotkeyFor('open', edition)} />}
            disabled={actions.busy}
            onClick={() => void actions.openProject()}
          />
          <ActionCard
            icon={IconFlask}
            title={t('actions.openSample')}
            description={t('start.sampleDescription')}
            disabled={actions.busy}
            testId="open-sample"
            onClick={() => void actions.openSample()}
          />
        </SimpleGrid>
        <RecentProjects />
      </Stack>
    </Container>
  )
}
