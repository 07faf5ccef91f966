/**
 * Auto-code suggestions: run the rules, then review the queue. Keyboard: j/k to move,
 * a to accept, r to reject, x to tick for a bulk action. Nothing is applied silently.
 * Beside the queue, the rules themselves (RulesPanel), which the researcher edits and runs again.
 */
import { Button, Container, Group, Kbd, Modal, Select, Stack, Text, Title } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { IconPlayerPlay } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Suggestion } from '../../../../shared/contract/autocode'
import { announce } from '../../app/announce'
import { useCodebook } from '../codebook/useCodebook'
import { UndoControls } from '../coding/UndoControls'
import { notifySuccess } from '../errors/notifyError'
import classes from './Autocode.module.css'
import { RulesPanel } from './RulesPanel'
import { SuggestionCard } from './SuggestionCard'
import { useRules } from './useRules'
import { useSuggestions } from './useSuggestions'

const PAGE = 100
/** Bulk decisions on more suggestions than this ask first. */
const CONFIRM_OVER = 20

export function AutocodeScreen() {
  const { t } = useTranslation()
  const codebook = useCodebook()
  const [codeId, setCodeId] = useState<string | null>(null)
  const queue = useSuggestions(codeId ? Number(codeId) : null)
  const rules = useRules()
  // Codes whose rules were added or deleted since they last ran: the panel offers to run them.
  const [changed, setChanged] = useState<number[]>([])
  const [running, setRunning] = useState(false)
  const [active, setActive] = useState(0)
  const [ticked, setTicked] = useState<Set<number>>(new Set())
  const list = useRef<HTMLDivElement>(null)
  const current = queue.items[Math.min(active, queue.items.length - 1)]
  // A long queue is shown a page at a time: a thousand cards at once make every screen reader and repaint crawl.
  const [shownCount, setShownCount] = useState(PAGE)
  const shownItems = queue.items.slice(0, Math.max(shownCount, active + 1))
  // Passages to decide after the researcher confirms (each passage carries the ids of all its codes' suggestions).
  const [confirming, setConfirming] = useState<{ accept: boolean; passages: Suggestion[] } | null>(null)

  useEffect(() => {
    list.current?.querySelector('[data-active]')?.scrollIntoView({ block: 'nearest' })
  }, [active, queue.items])

  const decide = async (accept: boolean, passages: Suggestion[], confirmed = false) => {
    if (!passages.length) return
    // Deciding many at once is asked for first: one stray click must not code hundreds of passages.
    if (passages.length > CONFIRM_OVER && !confirmed) return setConfirming({ accept, passages })
    const ids = passages.flatMap((p) => p.ids)
    const r = accept ? await queue.accept(ids) : await queue.reject(ids)
    if (r) setTicked(new Set())
  }
  const toggleTick = (id: number) => setTicked((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set(s).add(id)))
  useHotkeys([
    ['j', () => setActive((i) => Math.min(i + 1, queue.items.length - 1))],
    ['k', () => setActive((i) => Math.max(i - 1, 0))],
    ['a', () => current && void decide(true, [current])],
    ['r', () => current && void decide(false, [current])],
    ['x', () => current && toggleTick(current.id)],
  ])

  const run = async (codeIds?: number[]) => {
    setRunning(true)
    announce(t('a11y.autocode.running'))
    const r = await queue.run(codeIds)
    setRunning(false)
    if (!r) return
    const ran = codeIds ?? (codeId ? [Number(codeId)] : null)
    setChanged((c) => (ran ? c.filter((id) => !ran.includes(id)) : []))
    // The service gives a project without rules the starter lexicons first: say so, since the panel showed none.
    if (r.installedStarter) notifySuccess(t('autocode.rules.starterAdded'))
    notifySuccess(t('autocode.ran', { queued: r.queued, pending: r.pending }))
  }
  const bulk = ticked.size ? queue.items.filter((s) => ticked.has(s.id)) : null
  return (
    <Container size="xl" py="md">
      {/* The rules panel stands beside everything from the title down, so it fits the window and stays put while the queue scrolls. */}
      <div className={classes.layout}>
        <Stack gap="md" style={{ minWidth: 0 }}>
          <Group justify="space-between">
            <Title order={1} size="h3" fw={650}>
              {t('autocode.title')}
            </Title>
            <UndoControls />
          </Group>
          <Text size="sm" c="dimmed">
            {t('autocode.intro')}
          </Text>
          <Group gap="sm" align="flex-end">
            <Select
              size="xs"
              w={240}
              clearable
              searchable
              label={t('autocode.code')}
              placeholder={t('autocode.allCodes')}
              data={codebook.codes.map((c) => ({ value: String(c.id), label: c.name }))}
              value={codeId}
              onChange={setCodeId}
            />
            <Button
              size="xs"
              leftSection={<IconPlayerPlay size={14} />}
              loading={running}
              onClick={() => void run()}
              data-testid="autocode-run"
            >
              {t('autocode.run')}
            </Button>
            <Button
              size="xs"
              variant="light"
              color="green"
              disabled={!queue.items.length}
              onClick={() => void decide(true, bulk ?? queue.items)}
            >
              {bulk ? t('autocode.acceptTicked', { count: bulk.length }) : t('autocode.acceptShown', { count: queue.items.length })}
            </Button>
            <Button
              size="xs"
              variant="light"
              color="red"
              disabled={!queue.items.length}
              onClick={() => void decide(false, bulk ?? queue.items)}
            >
              {bulk ? t('autocode.rejectTicked', { count: bulk.length }) : t('autocode.rejectShown', { count: queue.items.length })}
            </Button>
          </Group>
          <Group gap="xs">
            <Text size="sm" fw={500} data-testid="autocode-total">
              {t('autocode.pending', { count: queue.total })}
            </Text>
            <Text size="xs" c="dimmed">
              <Kbd>j</Kbd>/<Kbd>k</Kbd> {t('autocode.keys.move')} · <Kbd>a</Kbd> {t('autocode.keys.accept')} · <Kbd>r</Kbd>{' '}
              {t('autocode.keys.reject')} · <Kbd>x</Kbd> {t('autocode.keys.tick')}
            </Text>
          </Group>
          <Stack gap={6} ref={list} data-testid="suggestions">
            {shownItems.map((s, i) => (
              <SuggestionCard
                key={s.id}
                suggestion={s}
                active={i === active}
                ticked={ticked.has(s.id)}
                onActivate={() => setActive(i)}
                onTick={() => toggleTick(s.id)}
                onDecide={(accept) => void decide(accept, [s])}
              />
            ))}
            {queue.items.length > shownItems.length ? (
              <Button variant="default" size="xs" onClick={() => setShownCount((n) => n + PAGE)} data-testid="suggestions-more">
                {t('a11y.autocode.showMore', { count: Math.min(PAGE, queue.items.length - shownItems.length), total: queue.items.length })}
              </Button>
            ) : null}
            {queue.loaded && !queue.items.length ? (
              <Text c="dimmed" size="sm">
                {t('autocode.empty')}
              </Text>
            ) : null}
          </Stack>
        </Stack>
        <RulesPanel
          rules={rules}
          codes={codebook.codes}
          codeId={codeId ? Number(codeId) : null}
          changed={changed}
          onChanged={(id) => setChanged((c) => (c.includes(id) ? c : [...c, id]))}
          onRunChanged={() => void run(changed)}
          running={running}
        />
      </div>
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title={t('a11y.autocode.confirmTitle')} centered>
        <Stack>
          <Text size="sm">
            {confirming
              ? t(confirming.accept ? 'a11y.autocode.confirmAccept' : 'a11y.autocode.confirmReject', { count: confirming.passages.length })
              : null}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('actions.cancel')}
            </Button>
            <Button
              color={confirming?.accept ? 'green' : 'red'}
              data-autofocus
              data-testid="confirm-bulk"
              onClick={() => {
                const c = confirming
                setConfirming(null)
                if (c) void decide(c.accept, c.passages, true)
              }}
            >
              {confirming
                ? t(confirming.accept ? 'autocode.acceptShown' : 'autocode.rejectShown', { count: confirming.passages.length })
                : null}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Container>
  )
}
