import { Badge, Button, Container, Group, Stack, Text, Title } from '@mantine/core'
import { IconCopy, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLoadedState } from '../../app/appState'
import { useFormat } from '../../i18n/format'
import { ImportButton } from '../import/ImportButton'
import { ImportHost } from '../import/ImportHost'
import { useProjectActions } from '../project/ProjectActionsProvider'
import { CountsGrid } from './CountsGrid'
import { EmptySources } from './EmptySources'
import { ProjectLanguage } from './ProjectLanguage'
import { SourcesTable } from './SourcesTable'

export function OverviewScreen() {
  const { t } = useTranslation()
  const format = useFormat()
  const { project } = useLoadedState()
  const actions = useProjectActions()
  if (!project) return null
  return (
    <Container size="xl" py="md">
      <ImportHost />
      <Stack gap="xl">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <Stack gap={4} miw={0} style={{ flex: 1 }}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {t('overview.title')}
            </Text>
            <Group gap="sm" wrap="nowrap">
              <Title order={1} size="h2" fw={650} dir="auto" data-testid="project-name">
                {project.name}
              </Title>
              {project.readOnly ? (
                <Badge color="orange" variant="light">
                  {t('overview.readOnly')}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed" truncate title={project.path}>
              <bdi>{project.path}</bdi>
              {' · '}
              {t('overview.schema', { version: format.number(project.schemaVersion) })}
            </Text>
            <ProjectLanguage project={project} />
          </Stack>
          <Group gap="sm">
            <ImportButton />
            <Button variant="default" leftSection={<IconCopy size={16} />} onClick={() => void actions.saveCopy()} disabled={actions.busy}>
              {t('actions.saveCopy')}
            </Button>
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconX size={16} />}
              onClick={() => void actions.closeProject()}
              disabled={actions.busy}
            >
              {t('actions.close')}
            </Button>
          </Group>
        </Group>

        <CountsGrid counts={project.counts} />

        <Stack gap="sm">
          <Group justify="space-between" align="baseline">
            <Title order={2} size="h4">
              {t('overview.sourcesTitle')}
            </Title>
            {project.sources.length > 0 ? (
              <Text size="sm" c="dimmed">
                {t('overview.sourcesCount', { count: project.sources.length })}
              </Text>
            ) : null}
          </Group>
          {project.sources.length === 0 ? <EmptySources /> : <SourcesTable sources={project.sources} />}
        </Stack>
      </Stack>
    </Container>
  )
}
