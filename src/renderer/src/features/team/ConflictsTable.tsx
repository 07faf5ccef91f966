import { ColorSwatch, Group, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { MergeConflict } from '../../../../shared/contract/interop'

/** Values the two files disagree on: this project's is kept, the other is shown so nobody loses it silently. */
export function ConflictsTable({ conflicts }: { conflicts: MergeConflict[] }) {
  const { t } = useTranslation()
  const value = (c: MergeConflict, v: string | null) => {
    if (v === null || v === '')
      return (
        <Text span c="dimmed" size="sm">
          {t('team.conflicts.empty')}
        </Text>
      )
    if (c.kind === 'code' && c.field === 'colour')
      return (
        <Group gap={6} wrap="nowrap">
          <ColorSwatch color={v} size={14} />
          <bdi>{v}</bdi>
        </Group>
      )
    return <bdi>{v}</bdi>
  }
  // Code fields are Needle's words (translated); a participant's field is an attribute the researcher named.
  const field = (c: MergeConflict) => (c.kind === 'code' ? t(`team.conflicts.fields.${c.field}`, { defaultValue: c.field }) : c.field)
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder aria-label={t('team.conflicts.title')} data-testid="conflicts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('team.conflicts.kind')}</Table.Th>
            <Table.Th>{t('team.conflicts.name')}</Table.Th>
            <Table.Th>{t('team.conflicts.field')}</Table.Th>
            <Table.Th>{t('team.conflicts.ours')}</Table.Th>
            <Table.Th>{t('team.conflicts.theirs')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {conflicts.map((c, i) => (
            <Table.Tr key={`${c.kind}-${c.name}-${c.field}-${i}`}>
              <Table.Td>{t(`team.conflicts.kinds.${c.kind}`)}</Table.Td>
              <Table.Td>
                <bdi>{c.name}</bdi>
              </Table.Td>
              <Table.Td>
                <bdi>{field(c)}</bdi>
              </Table.Td>
              <Table.Td>{value(c, c.ours)}</Table.Td>
              <Table.Td>{value(c, c.theirs)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
