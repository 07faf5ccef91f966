import { Badge, Stack, Table, Text } from '@mantine/core'
import { IconForms, IconMessageReport, IconMessages, IconTimeline } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { SourceKind, SourceRow } from '../../../../shared/domain'
import { useFormat } from '../../i18n/format'
import classes from './Overview.module.css'

const KIND_LOOK: Record<SourceKind, { color: string; icon: typeof IconMessages }> = {
  interview: { color: 'petrol', icon: IconMessages },
  survey: { color: 'grape', icon: IconForms },
  feedback: { color: 'orange', icon: IconMessageReport },
  events: { color: 'teal', icon: IconTimeline },
}

export function SourcesTable({ sources }: { sources: SourceRow[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label={t('overview.sourcesTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('overview.table.kind')}</Table.Th>
            <Table.Th>{t('overview.table.name')}</Table.Th>
            <Table.Th className={classes.num}>{t('overview.table.documents')}</Table.Th>
            <Table.Th className={classes.num}>{t('overview.table.participants')}</Table.Th>
            <Table.Th className={classes.num}>{t('overview.table.items')}</Table.Th>
            <Table.Th>{t('overview.table.imported')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sources.map((s) => {
            const look = KIND_LOOK[s.kind]
            return (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Badge variant="light" color={look.color} leftSection={<look.icon size={12} />} radius="sm">
                    {t(`overview.kinds.${s.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" fw={500} dir="auto">
                      {s.name}
                    </Text>
                    {s.fileName && s.fileName !== s.name ? (
                      <Text size="xs" c="dimmed">
                        <bdi>{s.fileName}</bdi>
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td className={classes.num}>{format.number(s.documents)}</Table.Td>
                <Table.Td className={classes.num}>{format.number(s.participants)}</Table.Td>
                <Table.Td className={classes.num}>{format.number(s.rows ?? s.utterances)}</Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {format.date(s.importedAt)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
