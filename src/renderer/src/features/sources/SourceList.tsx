import { ActionIcon, Anchor, Badge, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core'
import { IconEye, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { SourceRow } from '../../../../shared/domain'
import { useFormat } from '../../i18n/format'
import { KIND_LOOK } from './kindLook'
import classes from './Sources.module.css'

interface Props {
  sources: SourceRow[]
  readOnly: boolean
  onOpen(id: number): void
  onRemove(source: SourceRow): void
}

/** Every source with its kind, counts and import date; a name opens it. */
export function SourceList({ sources, readOnly, onOpen, onRemove }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  const count = (n: number | null) => (n === null ? '—' : format.number(n))
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label={t('sources.listLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sources.columns.kind')}</Table.Th>
            <Table.Th>{t('sources.columns.name')}</Table.Th>
            <Table.Th className={classes.num}>{t('sources.columns.rows')}</Table.Th>
            <Table.Th className={classes.num}>{t('sources.columns.documents')}</Table.Th>
            <Table.Th className={classes.num}>{t('sources.columns.participants')}</Table.Th>
            <Table.Th className={classes.num}>{t('sources.columns.turns')}</Table.Th>
            <Table.Th>{t('sources.columns.imported')}</Table.Th>
            <Table.Th w={90}>
              <VisuallyHidden>{t('sources.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sources.map((s) => {
            const look = KIND_LOOK[s.kind]
            return (
              <Table.Tr key={s.id} data-testid="source-row">
                <Table.Td>
                  <Badge variant="light" color={look.color} leftSection={<look.icon size={12} />} radius="sm">
                    {t(`import.kinds.${s.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    fw={500}
                    onClick={() => onOpen(s.id)}
                    dir="auto"
                    className={classes.sourceName}
                  >
                    {s.name}
                  </Anchor>
                  {s.fileName && s.fileName !== s.name ? (
                    <Text size="xs" c="dimmed">
                      <bdi>{s.fileName}</bdi>
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td className={classes.num} data-testid="source-rows">
                  {count(s.kind === 'interview' ? null : s.rows)}
                </Table.Td>
                <Table.Td className={classes.num} data-testid="source-documents">
                  {count(s.documents)}
                </Table.Td>
                <Table.Td className={classes.num} data-testid="source-participants">
                  {count(s.participants)}
                </Table.Td>
                <Table.Td className={classes.num} data-testid="source-turns">
                  {count(s.kind === 'interview' ? s.utterances : null)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {format.date(s.importedAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Tooltip label={t('sources.open')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('sources.openNamed', { name: s.name })}
                        onClick={() => onOpen(s.id)}
                      >
                        <IconEye size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('sources.remove.action')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        disabled={readOnly}
                        aria-label={t('sources.remove.named', { name: s.name })}
                        onClick={() => onRemove(s)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
