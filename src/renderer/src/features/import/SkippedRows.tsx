import { ScrollArea, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SkippedRow } from '../../../../shared/import/types'
import { useFormat } from '../../i18n/format'

/** Rows that were or would be left out, each with its number in the file and the reason. */
export function SkippedRows({ rows, label, max = 200 }: { rows: SkippedRow[]; label: string; max?: number }) {
  const { t } = useTranslation()
  const format = useFormat()
  if (rows.length === 0) return null
  return (
    <ScrollArea.Autosize mah={220} type="auto">
      <Table aria-label={label} striped withTableBorder fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t('import.skipped.row')}</Table.Th>
            <Table.Th>{t('import.skipped.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, max).map((r, i) => (
            <Table.Tr key={`${r.row}-${i}`}>
              <Table.Td>{format.number(r.row)}</Table.Td>
              <Table.Td>
                <span dir="auto">{r.reason}</span>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length > max ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t('import.skipped.more', { n: format.number(rows.length - max) })}
        </Text>
      ) : null}
    </ScrollArea.Autosize>
  )
}
