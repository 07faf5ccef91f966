import { Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core'
import { IconChevronRight, IconFileDatabase } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLoadedState } from '../../app/appState'
import { folderOf, projectName } from '../../app/paths'
import { useProjectActions } from '../project/ProjectActionsProvider'
import classes from './Start.module.css'

export function RecentProjects() {
  const { t } = useTranslation()
  const { settings } = useLoadedState()
  const { openPath, busy } = useProjectActions()
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('start.recentTitle')}
      </Title>
      {settings.recent.length === 0 ? (
        <Paper withBorder radius="lg" p="lg" className={classes.emptyRecent}>
          <Text size="sm" c="dimmed">
            {t('start.recentEmpty')}
          </Text>
        </Paper>
      ) : (
        <Paper withBorder radius="lg" className={classes.recentList}>
          {settings.recent.map((path) => (
            <UnstyledButton
              key={path}
              className={classes.recentRow}
              disabled={busy}
              onClick={() => void openPath(path)}
              aria-label={t('start.recentOpen', { name: projectName(path) })}
            >
              <Group gap="md" wrap="nowrap">
                <IconFileDatabase size={20} stroke={1.5} className={classes.recentIcon} />
                <Stack gap={0} miw={0} style={{ flex: 1 }}>
                  <Text fw={500} truncate>
                    {projectName(path)}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    <bdi>{folderOf(path)}</bdi>
                  </Text>
                </Stack>
                <IconChevronRight size={16} className={classes.chevron} />
              </Group>
            </UnstyledButton>
          ))}
        </Paper>
      )}
    </Stack>
  )
}
