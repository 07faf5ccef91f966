import { Alert, Group, Modal, Select, Skeleton, Stack, Text } from '@mantine/core'
import { IconFilter } from '@tabler/icons-react'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../i18n/format'
import { describeError } from '../errors/describeError'
import classes from './Sources.module.css'
import { useRowPages, type SourceRowItem } from './useRowPages'
import { VirtualList } from './VirtualList'

const ROW_HEIGHT = 56
const ALL = '\u0000all'

/** A survey's or feedback table's text answers, one row each, windowed over pages loaded as they scroll into view. */
export function RowsTable({ sourceId }: { sourceId: number }) {
  const { t } = useTranslation()
  const format = useFormat()
  const [question, setQuestion] = useState<string | null>(null)
  const [open, setOpen] = useState<SourceRowItem | null>(null)
  const { total, questions, error, ensure, rowAt } = useRowPages(sourceId, question)

  // Dragging the scrollbar across 100,000 rows passes many pages; ask only for where it comes to rest.
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const onRange = useCallback(
    (first: number, last: number) => {
      clearTimeout(timer.current)
      timer.current = setTimeout(() => ensure(first, last), 40)
    },
    [ensure],
  )
  useEffect(() => () => clearTimeout(timer.current), [])

  const header = (
    <div role="rowgroup">
      <div role="row" aria-rowindex={1} className={`${classes.rowGrid} ${classes.headRow}`}>
        <span role="columnheader" className={classes.num}>
          {t('sources.table.row')}
        </span>
        <span role="columnheader">{t('sources.table.participant')}</span>
        <span role="columnheader">{t('sources.table.question')}</span>
        <span role="columnheader">{t('sources.table.answer')}</span>
      </div>
    </div>
  )

  const renderRow = (i: number) => {
    const r = rowAt(i)
    if (!r)
      return (
        <div className={classes.rowGrid}>
          <Skeleton height={10} width="60%" />
          <Skeleton height={10} />
          <Skeleton height={10} />
          <Skeleton height={10} />
        </div>
      )
    return (
      // The row itself (role="row") is VirtualList's wrapper; a click or Enter anywhere in it opens the answer.
      // eslint-disable-next-line jsx-a11y/no-static-element-interactions
      <div
        className={`${classes.rowGrid} ${classes.bodyRow}`}
        onClick={() => setOpen(r)}
        onKeyDown={(e) => e.key === 'Enter' && setOpen(r)}
        tabIndex={-1}
      >
        <span role="cell" className={classes.num}>
          {r.rowNumber === null ? '' : format.number(r.rowNumber)}
        </span>
        <span role="cell" className={classes.cellClamp}>
          <bdi>{r.participant ?? ''}</bdi>
        </span>
        <span role="cell" className={classes.cellClamp} title={r.question ?? undefined}>
          <bdi>{r.question ?? ''}</bdi>
        </span>
        <span role="cell" className={classes.cellClamp} dir={r.direction}>
          {r.text}
        </span>
      </div>
    )
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('sources.table.filter')}
          leftSection={<IconFilter size={14} />}
          w={420}
          searchable
          allowDeselect={false}
          value={question ?? ALL}
          data={[{ value: ALL, label: t('sources.table.allQuestions') }, ...questions.map((q) => ({ value: q, label: q }))]}
          onChange={(v) => setQuestion(!v || v === ALL ? null : v)}
        />
        <Text size="sm" c="dimmed" data-testid="rows-total">
          {total === null ? '\u00a0' : t('sources.table.total', { count: total })}
        </Text>
      </Group>
      {error ? (
        <Alert color="red" title={describeError(t, error).title}>
          {describeError(t, error).message}
        </Alert>
      ) : null}
      <VirtualList
        count={total ?? 0}
        rowHeight={ROW_HEIGHT}
        height="calc(100dvh - 380px)"
        label={t('sources.table.label')}
        header={header}
        renderRow={renderRow}
        onRange={onRange}
        testId="rows-table"
        resetKey={`${sourceId}:${question ?? ''}`}
      />
      <Modal opened={open !== null} onClose={() => setOpen(null)} title={open?.question ?? t('sources.table.answer')} size="lg">
        {open ? (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('sources.table.answerBy', {
                name: open.participant ?? '—',
                row: open.rowNumber === null ? '—' : format.number(open.rowNumber),
              })}
            </Text>
            <Text dir={open.direction} className={classes.fullText}>
              {open.text}
            </Text>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  )
}
