import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconFlask, IconInbox } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ImportButton } from '../import/ImportButton'
import { useProjectActions } from '../project/ProjectActionsProvider'
import classes from './Overview.module.css'

/** A new project's first view: says what sources are and what to do next. */
export function EmptySources() {
  const { t } = useTranslation()
  const { openSample, busy } = useProjectActions()
  return (
    <Paper withBorder radius="lg" p={40} className={classes.empty}>
      <Stack align="center" gap="sm" maw={520} mx="auto" ta="center">
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconInbox size={28} stroke={1.5} />
        </ThemeIcon>
        <Title order={3} size="h4">
          {t('overview.emptyTitle')}
        </Title>
        <Text size="sm" c="dimmed" lh={1.6}>
          {t('overview.emptyBody')}
        </Text>
        <Text size="sm" c="dimmed" lh={1.6}>
          {t('overview.emptyHint')}
        </Text>
        <ImportButton mt="xs" />
        <Button variant="subtle" leftSection={<IconFlask size={16} />} disabled={busy} onClick={() => void openSample()}>
          {t('actions.openSample')}
        </Button>
      </Stack>
    </Paper>
  )
}
