import { Box, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** The key to CompareRow's two bars. */
export function Legend() {
  const { t } = useTranslation()
  return (
    <Group gap="sm">
      <Group gap={4}>
        <Box w={14} h={8} bg="petrol.7" style={{ borderRadius: 2 }} />
        <Text size="xs" c="dimmed">
          {t('segments.detail.thisSegment')}
        </Text>
      </Group>
      <Group gap={4}>
        <Box w={14} h={5} bg="gray.5" style={{ borderRadius: 2 }} />
        <Text size="xs" c="dimmed">
          {t('segments.detail.everyone')}
        </Text>
      </Group>
    </Group>
  )
}
