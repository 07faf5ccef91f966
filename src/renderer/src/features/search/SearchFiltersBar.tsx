/** Filters of a search: kinds of source, a code, a participant attribute. */
import { Group, MultiSelect, Select, TextInput } from '@mantine/core'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CodeRow } from '../../../../shared/contract/codes'
import type { SearchFilters } from '../../../../shared/contract/search'
import { SOURCE_KINDS, type SourceKind } from '../../../../shared/domain'
import { invoke } from '../../api/client'

interface Props {
  codes: CodeRow[]
  value: SearchFilters
  onChange(f: SearchFilters): void
}

export function SearchFiltersBar({ codes, value, onChange }: Props) {
  const { t } = useTranslation()
  const [attributes, setAttributes] = useState<string[]>([])
  const [attr, setAttr] = useState<string | null>(value.participantAttribute?.name ?? null)
  const [attrValue, setAttrValue] = useState(value.participantAttribute?.value ?? '')
  useEffect(() => {
    invoke('participants.list', {}).then(
      (list) => setAttributes([...new Set(list.flatMap((p) => Object.keys(p.attributes)))].sort()),
      () => {},
    )
  }, [])
  const codeData = useMemo(() => codes.map((c) => ({ value: String(c.id), label: c.name })), [codes])
  const setAttribute = (name: string | null, v: string) => {
    setAttr(name)
    setAttrValue(v)
    const { participantAttribute: _, ...rest } = value
    onChange(name && v.trim() ? { ...rest, participantAttribute: { name, value: v.trim() } } : rest)
  }
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <MultiSelect
        size="xs"
        w={260}
        label={t('search.filters.kinds')}
        placeholder={value.sourceKinds?.length ? undefined : t('search.filters.allKinds')}
        data={SOURCE_KINDS.map((k) => ({ value: k, label: t(`search.kind.${k}`) }))}
        value={value.sourceKinds ?? []}
        onChange={(v) => onChange({ ...value, sourceKinds: v.length ? (v as SourceKind[]) : undefined })}
        data-testid="filter-kinds"
      />
      <Select
        size="xs"
        w={220}
        clearable
        searchable
        label={t('search.filters.code')}
        placeholder={t('search.filters.anyCode')}
        data={codeData}
        value={value.codeIds?.[0] ? String(value.codeIds[0]) : null}
        onChange={(v) => onChange({ ...value, codeIds: v ? [Number(v)] : undefined })}
      />
      <Select
        size="xs"
        w={180}
        clearable
        label={t('search.filters.attribute')}
        placeholder={t('search.filters.anyAttribute')}
        data={attributes}
        value={attr}
        onChange={(v) => setAttribute(v, attrValue)}
        disabled={attributes.length === 0}
      />
      <TextInput
        size="xs"
        w={150}
        label={t('search.filters.value')}
        value={attrValue}
        disabled={!attr}
        onChange={(e) => setAttribute(attr, e.currentTarget.value)}
      />
    </Group>
  )
}
