/** Codes per month across dated documents: a change in what customers talk about shows as a change along a row. */
import { Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CodeMonth } from '../../../../shared/contract/breadcrumbs'
import { invoke } from '../../api/client'
import { notifyError } from '../errors/notifyError'

export function CodesByMonth() {
  const { t } = useTranslation()
  const [rows, setRows] = useState<CodeMonth[] | null>(null)
  useEffect(() => {
    let live = true
    invoke('breadcrumbs.codesByMonth', {})
      .then((r) => live && setRows(r))
      .catch((err: unknown) => live && notifyError(t, err))
    return () => {
      live = false
    }
  }, [t])
  const { months, codes, cell, max } = useMemo(() => {
    const list = rows ?? []
    const months = [...new Set(list.map((r) => r.month))].sort().slice(-12)
    const totals = new Map<string, number>()
    for (const r of list) totals.set(r.code, (totals.get(r.code) ?? 0) + r.count)
    const codes = [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([c]) => c)
    const cell = new Map(list.map((r) => [`${r.code}\u0000${r.month}`, r.count]))
    return { months, codes, cell, max: Math.max(1, ...list.map((r) => r.count)) }
  }, [rows])
  if (!rows || rows.length === 0) return null
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('breadcrumbs.codesByMonth')}
        </Title>
        <Table.ScrollContainer minWidth={600}>
          <Table aria-label={t('breadcrumbs.codesByMonth')} data-testid="codes-by-month">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('breadcrumbs.cols.code')}</Table.Th>
                {months.map((m) => (
                  <Table.Th key={m}>{m}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {codes.map((c) => (
                <Table.Tr key={c}>
                  <Table.Td>
                    <Text size="sm" dir="auto">
                      {c}
                    </Text>
                  </Table.Td>
                  {months.map((m) => {
                    const n = cell.get(`${c}\u0000${m}`) ?? 0
                    return (
                      <Table.Td key={m} style={{ background: n ? `rgba(116, 66, 176, ${0.1 + (0.5 * n) / max})` : undefined }}>
                        {n || ''}
                      </Table.Td>
                    )
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  )
}
