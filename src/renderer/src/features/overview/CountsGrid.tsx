import { Group, Paper, SimpleGrid, Text } from '@mantine/core'
import { IconFileText, IconFiles, IconHighlight, IconTags, IconUserCircle, IconUsers, IconUsersGroup, type Icon } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ProjectCounts } from '../../../../shared/domain'
import { useFormat } from '../../i18n/format'

const ITEMS: { key: keyof ProjectCounts; icon: Icon }[] = [
  { key: 'sources', icon: IconFiles },
  { key: 'documents', icon: IconFileText },
  { key: 'participants', icon: IconUsers },
  { key: 'codes', icon: IconTags },
  { key: 'highlights', icon: IconHighlight },
  { key: 'segments', icon: IconUsersGroup },
  { key: 'personas', icon: IconUserCircle },
]

export function CountsGrid({ counts }: { counts: ProjectCounts }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <SimpleGrid cols={{ base: 2, xs: 3, md: 4, lg: 7 }} spacing="sm">
      {ITEMS.map(({ key, icon: IconC }) => (
        <Paper key={key} withBorder radius="md" p="md" role="group" aria-label={t(`overview.counts.${key}`)}>
          <Group gap={6} wrap="nowrap" c="dimmed">
            <IconC size={15} stroke={1.6} />
            <Text size="xs" fw={500} truncate>
              {t(`overview.counts.${key}`)}
            </Text>
          </Group>
          <Text fz={28} fw={600} lh={1.2} mt={6} data-testid={`count-${key}`}>
            {format.number(counts[key])}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  )
}
