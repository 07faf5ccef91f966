import { Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { MergeCounts } from '../../../../shared/contract/interop'
import { useFormat } from '../../i18n/format'

export const COUNT_KINDS: (keyof MergeCounts)[] = ['sources', 'documents', 'participants', 'codes', 'highlights', 'memos', 'events']

export function totalOf(counts: MergeCounts): number {
  return COUNT_KINDS.reduce((n, k) => n + counts[k], 0)
}

/** Added and already-present counts per kind: what a merge or a REFI import brought in. */
export function CountsTable({ added, skipped, label }: { added: MergeCounts; skipped: MergeCounts; label: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <Table withTableBorder striped aria-label={label} maw={520} data-testid="counts-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('team.counts.kind')}</Table.Th>
          <Table.Th ta="end">{t('team.counts.added')}</Table.Th>
          <Table.Th ta="end">{t('team.counts.skipped')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {COUNT_KINDS.map((kind) => (
          <Table.Tr key={kind} data-kind={kind}>
            <Table.Td>{t(`team.counts.${kind}`)}</Table.Td>
            <Table.Td ta="end" fw={added[kind] ? 600 : undefined} data-testid={`added-${kind}`}>
              {format.number(added[kind])}
            </Table.Td>
            <Table.Td ta="end" c="dimmed" data-testid={`skipped-${kind}`}>
              {format.number(skipped[kind])}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
