/**
 * Offered when open refuses a project for problems `needle check` lists and repair can fix
 * (references to missing rows, highlights or turns outside their text): the list, and the
 * researcher's choice to back the file up and repair it, or to leave it as it is.
 */
import { Alert, Button, Group, List, Modal, ScrollArea, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconTool } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { baseName } from '../../app/paths'

export interface RepairableProject {
  path: string
  /** The open refusal's sentence: names the file and what is wrong with it. */
  message: string
  /** What check lists, one line each. */
  problems: string[]
}

interface Props {
  project: RepairableProject | null
  busy: boolean
  onRepair(): void
  onCancel(): void
}

export function RepairProjectModal({ project, busy, onRepair, onCancel }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={project !== null} onClose={onCancel} title={t('repair.title')} centered size="lg">
      {project ? (
        <Stack gap="md">
          <Alert color="red" icon={<IconAlertTriangle size={18} />}>
            <Text size="sm" dir="auto">
              {project.message}
            </Text>
          </Alert>
          <Text size="sm" id="repair-list-label">
            {t('repair.listIntro')}
          </Text>
          <ScrollArea.Autosize mah={220} type="auto">
            <List size="sm" spacing={4} aria-labelledby="repair-list-label">
              {project.problems.map((p) => (
                <List.Item key={p}>
                  <Text size="sm" dir="auto" ff="monospace">
                    {p}
                  </Text>
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
          <Text size="sm">{t('repair.explain', { folder: `${baseName(project.path)}.backups` })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('actions.cancel')}
            </Button>
            <Button leftSection={<IconTool size={16} />} loading={busy} onClick={onRepair}>
              {t('repair.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  )
}
