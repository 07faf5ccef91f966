import { Badge, ScrollArea, Table, Text, UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ParticipantScore } from '../../../../shared/contract/segments'
import { useFormat } from '../../i18n/format'
import classes from '../segments/Segments.module.css'
import { useNumbers } from '../segments/useNumbers'

type Column = 'name' | 'fit' | 'engagement' | 'lifecycle' | 'interactions'

/** The three parts side by side, never folded into one total; any column sorts. */
export function ScoreTable({ rows, colors }: { rows: ParticipantScore[]; colors: Map<string, string> }) {
  const { t, i18n } = useTranslation()
  const num = useNumbers()
  const format = useFormat()
  const [sort, setSort] = useState<{ by: Column; desc: boolean }>({ by: 'fit', desc: true })
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(i18n.language)
    const key = (r: ParticipantScore): number | string =>
      sort.by === 'name' ? r.name || r.label : sort.by === 'lifecycle' ? (r.lifecycle ?? '') : r[sort.by]
    return [...rows].sort((a, b) => {
      const ka = key(a)
      const kb = key(b)
      const c = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb))
      return sort.desc ? -c : c
    })
  }, [rows, sort, i18n.language])

  const header = (col: Column, numeric = false) => {
    const active = sort.by === col
    const Icon = !active ? IconSelector : sort.desc ? IconArrowDown : IconArrowUp
    return (
      <Table.Th className={numeric ? classes.num : undefined} aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
        <UnstyledButton
          onClick={() => setSort({ by: col, desc: active ? !sort.desc : numeric })}
          fw={600}
          fz="sm"
          style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
        >
          {t(`segments.scores.${col}`)}
          <Icon size={14} />
        </UnstyledButton>
      </Table.Th>
    )
  }

  return (
    <ScrollArea.Autosize mah={560}>
      <Table stickyHeader verticalSpacing={6} highlightOnHover aria-label={t('segments.scores.tableTitle')}>
        <Table.Thead>
          <Table.Tr>
            {header('name')}
            {header('fit', true)}
            {header('engagement', true)}
            {header('lifecycle')}
            {header('interactions', true)}
            <Table.Th>{t('segments.scores.lastInteraction')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((r) => (
            <Table.Tr key={r.participantId}>
              <Table.Td>
                <Text size="sm" dir="auto">
                  {r.name || r.label}
                </Text>
              </Table.Td>
              <Table.Td className={classes.num}>{num.whole(Math.round(r.fit))}</Table.Td>
              <Table.Td className={classes.num}>{num.whole(Math.round(r.engagement))}</Table.Td>
              <Table.Td>
                {r.lifecycle ? (
                  <Badge variant="light" color={colors.get(r.lifecycle)?.split('.')[0]} dir="auto">
                    {r.lifecycle}
                  </Badge>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td className={classes.num}>{num.whole(r.interactions)}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {r.lastInteraction ? format.date(r.lastInteraction) : '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  )
}
