import { Badge, ScrollArea, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TableMapping } from '../../../../shared/import/mapping'
import classes from './Import.module.css'

/** The first rows as the file holds them, under each column's name and chosen role. */
export function PreviewGrid({ headers, rows, mapping }: { headers: string[]; rows: string[][]; mapping: TableMapping }) {
  const { t } = useTranslation()
  return (
    <ScrollArea type="auto" className={classes.grid} data-testid="preview-grid">
      <Table aria-label={t('import.mapping.previewGrid')} striped verticalSpacing={4} horizontalSpacing="sm" withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            {headers.map((h, i) => {
              const role = mapping.columns[i]?.role ?? 'ignore'
              return (
                <Table.Th key={i} className={role === 'ignore' ? classes.ignored : undefined}>
                  <Stack gap={2}>
                    <Text size="xs" fw={600} truncate title={h}>
                      <bdi>{h}</bdi>
                    </Text>
                    <Badge size="xs" variant="light" color={role === 'ignore' ? 'gray' : 'petrol'}>
                      {t(`import.roles.${role}`)}
                    </Badge>
                  </Stack>
                </Table.Th>
              )
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, ri) => (
            <Table.Tr key={ri}>
              {headers.map((_, ci) => (
                <Table.Td key={ci} title={r[ci]} className={mapping.columns[ci]?.role === 'ignore' ? classes.ignored : undefined}>
                  <bdi>{r[ci] ?? ''}</bdi>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  )
}
