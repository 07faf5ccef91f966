import { Select, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ColumnRole, TableMapping } from '../../../../shared/import/mapping'
import { ColumnSettings } from './ColumnSettings'
import classes from './Import.module.css'
import { distinctSamples, replaceColumn, rolesFor, withRole } from './mappingEdit'

interface Props {
  mapping: TableMapping
  /** What the preview inferred, so switching a role back restores its inferred settings. */
  inferred: TableMapping
  rows: string[][]
  onChange(mapping: TableMapping): void
}

/** One line per column: its role (from the roles its kind of table offers) and the settings that role needs. */
export function ColumnRoles({ mapping, inferred, rows, onChange }: Props) {
  const { t } = useTranslation()
  const roles = rolesFor(mapping.kind).map((r) => ({ value: r, label: t(`import.roles.${r}`) }))
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={t('import.mapping.columns')} verticalSpacing={6} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.mapping.column')}</Table.Th>
            <Table.Th>{t('import.mapping.role')}</Table.Th>
            <Table.Th>{t('import.mapping.settings')}</Table.Th>
            <Table.Th>{t('import.mapping.examples')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mapping.columns.map((c, i) => {
            const at = c.index ?? i
            const samples = distinctSamples(rows, at)
            return (
              <Table.Tr key={`${c.header}-${i}`} className={c.role === 'ignore' ? classes.ignored : undefined} data-testid="mapping-column">
                <Table.Td>
                  <Text size="sm" fw={500} lineClamp={2} title={c.header}>
                    <bdi>{c.header}</bdi>
                  </Text>
                </Table.Td>
                <Table.Td className={classes.roleCell}>
                  <Select
                    size="xs"
                    data={roles}
                    value={c.role}
                    allowDeselect={false}
                    comboboxProps={{ withinPortal: true }}
                    aria-label={t('import.mapping.roleOf', { column: c.header })}
                    onChange={(v) => v && onChange(replaceColumn(mapping, i, withRole(c, v as ColumnRole, inferred.columns[i], samples)))}
                  />
                </Table.Td>
                <Table.Td>
                  <ColumnSettings column={c} onChange={(next) => onChange(replaceColumn(mapping, i, next))} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" truncate className={classes.samples} title={samples.join(' · ')}>
                    {samples.slice(0, 4).map((v, k) => (
                      <span key={k}>
                        {k > 0 ? ' · ' : ''}
                        <bdi>{v}</bdi>
                      </span>
                    ))}
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
