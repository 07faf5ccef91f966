import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconFileImport } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ImportButton } from '../import/ImportButton'

/** No sources yet: what can be imported, and the button to do it. */
export function EmptyState() {
  const { t } = useTranslation()
  return (
    <Paper withBorder radius="lg" p={40}>
      <Stack align="center" gap="sm" maw={520} mx="auto" ta="center">
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconFileImport size={28} stroke={1.5} />
        </ThemeIcon>
        <Title order={3} size="h4">
          {t('sources.emptyTitle')}
        </Title>
        <Text size="sm" c="dimmed" lh={1.6}>
          {t('sources.emptyBody')}
        </Text>
        <ImportButton variant="light" mt="xs" />
      </Stack>
    </Paper>
  )
}
