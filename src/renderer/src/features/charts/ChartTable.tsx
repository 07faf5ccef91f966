/**
 * A chart's data as a real table, one button away: for screen readers (an SVG chart is one image
 * to them) and for anyone who wants the numbers. The button sits under the chart and opens the
 * table there, so the chart (and its image export) stays as it is.
 */
import { Button, Stack, Table } from '@mantine/core'
import { IconTable } from '@tabler/icons-react'
import { useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import classes from '../segments/Segments.module.css'
import box from './ChartTable.module.css'

export interface ChartTableColumn {
  label: string
  /** Numbers align to the end and keep their digits in columns. */
  numeric?: boolean
}

export interface ChartTableRow {
  key: string
  /** The first cell names the row (a row header); the others are its values, one per further column. */
  cells: ReactNode[]
}

interface Props {
  /** The chart's title: the table's caption and part of the button's name. */
  caption: string
  columns: ChartTableColumn[]
  rows: ChartTableRow[]
  /** English, stable: tests and scripts find the table as chart-table-<id>. */
  id: string
}

export function ChartTable({ caption, columns, rows, id }: Props) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const tableId = useId()
  const action = t(open ? 'chartTables.hide' : 'chartTables.show')
  return (
    <Stack gap="xs" align="flex-start">
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconTable size={14} aria-hidden />}
        aria-expanded={open}
        aria-controls={open ? tableId : undefined}
        aria-label={t('chartTables.named', { action, title: caption })}
        onClick={() => setOpen((v) => !v)}
        data-testid={`chart-table-toggle-${id}`}
      >
        {action}
      </Button>
      {open ? (
        // A long or wide table scrolls inside its box; the box takes focus so the keyboard can scroll it.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className={box.box} tabIndex={0} role="region" aria-label={caption}>
          <Table id={tableId} striped withTableBorder verticalSpacing={4} fz="sm" data-testid={`chart-table-${id}`}>
            <caption>{caption}</caption>
            <Table.Thead>
              <Table.Tr>
                {columns.map((c, i) => (
                  <Table.Th key={i} scope="col" className={c.numeric ? classes.num : undefined}>
                    {c.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  {r.cells.map((cell, i) =>
                    i === 0 ? (
                      <Table.Th key={i} scope="row" fw={500}>
                        <bdi>{cell}</bdi>
                      </Table.Th>
                    ) : (
                      <Table.Td key={i} className={columns[i]?.numeric ? classes.num : undefined}>
                        {cell}
                      </Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ) : null}
    </Stack>
  )
}
