import { ActionIcon, Alert, Button, Checkbox, Group, Stack, Switch, Text, TextInput, Tooltip } from '@mantine/core'
import { IconArrowsJoin, IconArrowsSplit, IconListDetails, IconPencil, IconSearch, IconUserShare } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ParticipantRow } from '../../../../shared/contract/participants'
import { useFormat } from '../../i18n/format'
import { useCodingChanges } from '../coding/changes'
import { UndoControls } from '../coding/UndoControls'
import { describeError } from '../errors/describeError'
import { VirtualList } from '../sources/VirtualList'
import { AnswersModal } from './AnswersModal'
import { displayName } from './displayName'
import { MergeModal } from './MergeModal'
import { useParticipants } from './participantQueries'
import classes from './Participants.module.css'
import { RenameModal } from './RenameModal'
import { SplitModal } from './SplitModal'
import { useParticipantActions } from './useParticipantActions'

const ROW_HEIGHT = 48

/**
 * Speakers and participants: rename, mark interviewers (left out of analysis), merge several
 * into one, or map a speaker onto a participant who already exists. Windowed, because a large
 * survey brings thousands of respondents.
 */
export function ParticipantsPanel({ readOnly, version, onChanged }: { readOnly: boolean; version: number; onChanged(): void }) {
  const { t } = useTranslation()
  const format = useFormat()
  const people = useParticipants(version)
  const actions = useParticipantActions(onChanged)
  const [query, setQuery] = useState('')
  const [speakersOnly, setSpeakersOnly] = useState(false)
  const [selected, setSelected] = useState<Set<number>>(new Set())
  const [renaming, setRenaming] = useState<ParticipantRow | null>(null)
  const [merging, setMerging] = useState<'merge' | 'map' | null>(null)
  const [splitting, setSplitting] = useState<ParticipantRow | null>(null)
  const [answering, setAnswering] = useState<ParticipantRow | null>(null)
  // Undo and redo (here or on another screen) change who is who: the list reloads.
  useCodingChanges(onChanged)

  const everyone = useMemo(() => people.data ?? [], [people.data])
  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase()
    return everyone.filter(
      (p) =>
        (!speakersOnly || p.utterances > 0) &&
        (!q || p.label.toLocaleLowerCase().includes(q) || (p.displayName ?? '').toLocaleLowerCase().includes(q)),
    )
  }, [everyone, query, speakersOnly])
  const chosen = useMemo(() => everyone.filter((p) => selected.has(p.id)), [everyone, selected])

  const toggle = useCallback((id: number) => {
    setSelected((s) => {
      const next = new Set(s)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  }, [])

  const header = (
    <div role="rowgroup">
      <div role="row" aria-rowindex={1} className={`${classes.grid} ${classes.head}`}>
        <span role="columnheader" />
        <span role="columnheader">{t('participants.name')}</span>
        <span role="columnheader" className={classes.num}>
          {t('participants.documents')}
        </span>
        <span role="columnheader" className={classes.num}>
          {t('participants.turns')}
        </span>
        <span role="columnheader">{t('participants.interviewer')}</span>
        <span role="columnheader" />
      </div>
    </div>
  )

  const renderRow = (i: number) => {
    const p = shown[i]
    const name = displayName(p)
    return (
      <div
        className={`${classes.grid} ${classes.row}`}
        data-selected={selected.has(p.id) || undefined}
        data-interviewer={p.isInterviewer || undefined}
        data-testid="participant-row"
      >
        <span role="cell">
          <Checkbox size="xs" checked={selected.has(p.id)} onChange={() => toggle(p.id)} aria-label={t('participants.select', { name })} />
        </span>
        <span role="cell" className={classes.name} title={p.displayName ? `${p.displayName} (${p.label})` : p.label}>
          <bdi>{name}</bdi>
          {p.displayName ? (
            <Text component="span" size="xs" c="dimmed" ms={6}>
              <bdi>{p.label}</bdi>
            </Text>
          ) : null}
        </span>
        <span role="cell" className={classes.num}>
          {format.number(p.documents)}
        </span>
        <span role="cell" className={classes.num}>
          {format.number(p.utterances)}
        </span>
        <span role="cell">
          <Switch
            size="xs"
            checked={p.isInterviewer}
            disabled={readOnly || actions.busy}
            aria-label={t('participants.interviewerOf', { name })}
            onChange={(e) => void actions.setInterviewer(p.id, e.currentTarget.checked)}
          />
        </span>
        <span role="cell">
          <Tooltip label={t('respondentAnswers.show')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('respondentAnswers.showNamed', { name })}
              onClick={() => setAnswering(p)}
              data-testid="participant-answers-button"
            >
              <IconListDetails size={15} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('participants.rename')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              disabled={readOnly}
              aria-label={t('participants.renameNamed', { name })}
              onClick={() => setRenaming(p)}
            >
              <IconPencil size={15} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('participantEdits.split')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              disabled={readOnly || p.documents + p.utterances === 0}
              aria-label={t('participantEdits.splitNamed', { name })}
              onClick={() => setSplitting(p)}
            >
              <IconArrowsSplit size={15} />
            </ActionIcon>
          </Tooltip>
        </span>
      </div>
    )
  }

  if (people.error) {
    const shownError = describeError(t, people.error)
    return (
      <Alert color="red" title={shownError.title}>
        {shownError.message}
      </Alert>
    )
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('participants.intro')}
      </Text>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="md">
          <TextInput
            w={260}
            leftSection={<IconSearch size={14} />}
            placeholder={t('participants.filter')}
            aria-label={t('participants.filter')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
          />
          <Switch
            label={t('participants.speakersOnly')}
            checked={speakersOnly}
            onChange={(e) => setSpeakersOnly(e.currentTarget.checked)}
          />
        </Group>
        <Group gap="sm">
          {readOnly ? null : <UndoControls />}
          <Text size="sm" c="dimmed">
            {t('participants.selected', { n: format.number(selected.size) })}
          </Text>
          <Button
            variant="default"
            leftSection={<IconArrowsJoin size={16} />}
            disabled={readOnly || chosen.length < 2 || actions.busy}
            onClick={() => setMerging('merge')}
          >
            {t('participants.merge')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconUserShare size={16} />}
            disabled={readOnly || chosen.length < 1 || actions.busy}
            onClick={() => setMerging('map')}
          >
            {t('participants.map')}
          </Button>
        </Group>
      </Group>
      {shown.length === 0 && !people.loading ? (
        <Text size="sm" c="dimmed" p="md">
          {everyone.length === 0 ? t('participants.none') : t('participants.noMatch')}
        </Text>
      ) : (
        <VirtualList
          count={shown.length}
          rowHeight={ROW_HEIGHT}
          height="calc(100dvh - 330px)"
          label={t('participants.label')}
          header={header}
          renderRow={renderRow}
          testId="participants-table"
          resetKey={`${query}:${speakersOnly}`}
        />
      )}
      <RenameModal
        person={renaming}
        onClose={() => setRenaming(null)}
        onRename={(name) => {
          const p = renaming
          setRenaming(null)
          if (p) void actions.rename(p.id, name)
        }}
      />
      <AnswersModal person={answering} onClose={() => setAnswering(null)} />
      <SplitModal
        person={splitting}
        onClose={() => setSplitting(null)}
        onSplit={(name, utteranceIds, documentIds) => {
          const p = splitting
          setSplitting(null)
          if (p) void actions.split(p.id, name, utteranceIds, documentIds)
        }}
      />
      <MergeModal
        mode={merging}
        selected={chosen}
        everyone={everyone}
        onClose={() => setMerging(null)}
        onMerge={(from, into) => {
          setMerging(null)
          void actions.merge(from, into.id, displayName(into)).then((ok) => ok && setSelected(new Set()))
        }}
      />
    </Stack>
  )
}
