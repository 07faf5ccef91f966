import { Group, Select, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DATE_ORDERS, TEXT_KINDS, type ColumnMapping } from '../../../../shared/import/mapping'
import { LevelsEditor } from './LevelsEditor'

/** The settings a role needs beyond the role itself: scale levels, the need and its measure, separator, date order, text kind. */
export function ColumnSettings({ column, onChange }: { column: ColumnMapping; onChange(c: ColumnMapping): void }) {
  const { t } = useTranslation()
  const name = column.header
  switch (column.role) {
    case 'likert':
      return <LevelsEditor column={name} levels={column.levels} onChange={(levels) => onChange({ ...column, levels })} />
    case 'need_rating':
      return (
        <Group gap={6} wrap="nowrap">
          <TextInput
            size="xs"
            w={170}
            dir="auto"
            value={column.need}
            aria-label={t('import.mapping.needOf', { column: name })}
            placeholder={t('import.mapping.need')}
            error={column.need.trim() ? undefined : true}
            onChange={(e) => onChange({ ...column, need: e.currentTarget.value })}
          />
          <Select
            size="xs"
            w={130}
            allowDeselect={false}
            value={column.measure}
            aria-label={t('import.mapping.measureOf', { column: name })}
            data={[
              { value: 'importance', label: t('import.mapping.importance') },
              { value: 'satisfaction', label: t('import.mapping.satisfaction') },
            ]}
            onChange={(v) => v && onChange({ ...column, measure: v as 'importance' | 'satisfaction' })}
          />
          {column.levels ? (
            <LevelsEditor column={name} levels={column.levels} onChange={(levels) => onChange({ ...column, levels })} />
          ) : null}
        </Group>
      )
    case 'multi_select':
      return (
        <Select
          size="xs"
          w={170}
          allowDeselect={false}
          value={column.separator}
          aria-label={t('import.mapping.separatorOf', { column: name })}
          data={[
            { value: ',', label: t('import.mapping.comma') },
            { value: ';', label: t('import.mapping.semicolon') },
          ]}
          // Options learnt for the other separator no longer fit: the import learns them again from the file.
          onChange={(v) => v && onChange({ ...column, separator: v as ',' | ';', options: undefined })}
        />
      )
    case 'date':
      return (
        <Select
          size="xs"
          w={170}
          allowDeselect={false}
          value={column.order}
          aria-label={t('import.mapping.dateOrderOf', { column: name })}
          data={DATE_ORDERS.map((o) => ({ value: o, label: t(`import.mapping.dateOrders.${o}`) }))}
          onChange={(v) => v && onChange({ ...column, order: v as (typeof DATE_ORDERS)[number] })}
        />
      )
    case 'text':
      return (
        <Select
          size="xs"
          w={170}
          allowDeselect={false}
          value={column.textKind}
          aria-label={t('import.mapping.textKindOf', { column: name })}
          data={TEXT_KINDS.map((k) => ({ value: k, label: t(`import.mapping.textKinds.${k}`) }))}
          onChange={(v) => v && onChange({ ...column, textKind: v as (typeof TEXT_KINDS)[number] })}
        />
      )
    default:
      return null
  }
}
