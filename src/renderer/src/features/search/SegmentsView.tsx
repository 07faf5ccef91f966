/** Every highlight of a code (or where two codes overlap) with its context, and the same as CSV. */
import { Badge, Button, Group, Loader, Paper, Select, Stack, Text } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { passageDir } from '../../i18n/passageDir'
import type { CodeRow } from '../../../../shared/contract/codes'
import type { CodedSegment } from '../../../../shared/contract/coding'
import { invoke } from '../../api/client'
import { useCodingChanges } from '../coding/changes'
import { useReportErrors } from '../coding/useErrors'
import classes from './Search.module.css'

export function SegmentsView({ codes, onOpen }: { codes: CodeRow[]; onOpen(s: CodedSegment): void }) {
  const { t } = useTranslation()
  const report = useReportErrors()
  const [a, setA] = useState<string | null>(null)
  const [b, setB] = useState<string | null>(null)
  // The segments of which codes they are: until the codes picked now have answered, the screen says it is
  // loading instead of showing the last codes' segments or "0 coded segments".
  const [loaded, setLoaded] = useState<{ key: string; segments: CodedSegment[] }>({ key: '', segments: [] })
  const [version, setVersion] = useState(0)
  useCodingChanges(() => setVersion((v) => v + 1))
  const codeIds = [a, b].filter((x): x is string => Boolean(x)).map(Number)
  const key = codeIds.join(',')
  const loading = loaded.key !== key
  const segments = loading ? [] : loaded.segments

  useEffect(() => {
    if (!key) return setLoaded({ key: '', segments: [] })
    let live = true
    void report(invoke('coding.segments', { codeIds: key.split(',').map(Number) })).then(
      // A refused request (already reported) ends the loading too, with nothing to show.
      (s) => live && setLoaded({ key, segments: s ?? [] }),
    )
    return () => {
      live = false
    }
  }, [key, version, report])

  const download = async () => {
    const r = await report(invoke('coding.segmentsCsv', { codeIds }))
    if (!r) return
    // A BOM so spreadsheet programs read the Arabic as UTF-8.
    const url = URL.createObjectURL(new Blob(['\ufeff', r.csv], { type: 'text/csv;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = `${
      codes
        .filter((c) => codeIds.includes(c.id))
        .map((c) => c.name)
        .join(' + ') || 'segments'
    }.csv`
    link.click()
    URL.revokeObjectURL(url)
  }

  const data = codes.map((c) => ({ value: String(c.id), label: c.name }))
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <Select
          size="xs"
          w={240}
          searchable
          label={t('search.segments.code')}
          data={data}
          value={a}
          onChange={setA}
          data-testid="segments-code"
        />
        <Select
          size="xs"
          w={240}
          searchable
          clearable
          label={t('search.segments.with')}
          placeholder={t('search.segments.withNone')}
          data={data.filter((d) => d.value !== a)}
          value={b}
          onChange={setB}
        />
        <Button
          size="xs"
          variant="light"
          leftSection={<IconDownload size={14} />}
          disabled={!segments.length}
          onClick={() => void download()}
        >
          {t('search.segments.csv')}
        </Button>
      </Group>
      {a && loading ? (
        <Group gap="xs" role="status" data-testid="segments-loading">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('search.segments.loading')}
          </Text>
        </Group>
      ) : a ? (
        <Text size="sm" c="dimmed" role="status">
          {t('search.segments.count', { count: segments.length })}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('search.segments.pick')}
        </Text>
      )}
      {segments.map((s) => (
        <Paper
          key={s.highlightIds.join('-')}
          withBorder
          p="sm"
          radius="md"
          style={{ cursor: 'pointer' }}
          onClick={() => onOpen(s)}
          data-testid="segment"
        >
          <Text size="sm" dir={passageDir(s.text)} className={classes.kwic}>
            <span className={classes.context}>…{s.before.slice(-120)}</span>
            <mark>{s.text}</mark>
            <span className={classes.context}>{s.after.slice(0, 120)}…</span>
          </Text>
          <Group gap={6} mt={6}>
            {s.codes.map((c) => (
              <Badge key={c} size="xs" variant="light">
                {c}
              </Badge>
            ))}
            <Text size="xs" c="dimmed" dir="auto">
              {s.documentTitle}
            </Text>
            {s.participant ? (
              <Text size="xs" dir="auto">
                {s.participant}
              </Text>
            ) : null}
            {s.coder ? (
              <Text size="xs" c="dimmed">
                {t('coding.panel.coder', { coder: s.coder })}
              </Text>
            ) : null}
            {s.dueDate ? (
              <Badge size="xs" color="orange" variant="outline">
                {s.dueDate}
              </Badge>
            ) : null}
          </Group>
        </Paper>
      ))}
    </Stack>
  )
}
