/**
 * Auto-code suggestions: run the rules, then review the queue. Keyboard: j/k to move,
 * a to accept, r to reject, x to tick for a bulk action. Nothing is applied silently.
 * Beside the queue, the rules themselves (RulesPanel), which the researcher edits and runs again.
 */
import { Badge, Button, Checkbox, Container, Group, Kbd, Modal, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { IconPlayerPlay } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { announce } from '../../app/announce'
import { useCodebook } from '../codebook/useCodebook'
import { UndoControls } from '../coding/UndoControls'
import { notifySuccess } from '../errors/notifyError'
import { useFormat } from '../../i18n/format'
import classes from './Autocode.module.css'
import { RulesPanel } from './RulesPanel'
import { useRules } from './useRules'
import { useSuggestions } from './useSuggestions'

const PAGE = 100
/** Bulk decisions on more suggestions than this ask first. */
const CONFIRM_OVER = 20

export function AutocodeScreen() {
  const { t } = useTranslation()
  const format = useFormat()
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
  const [confirming, setConfirming] = useState<{ accept: boolean; ids: number[] } | null>(null)

  useEffect(() => {
    list.current?.querySelector('[data-active]')?.scrollIntoView({ block: 'nearest' })
  }, [active, queue.items])

  const decide = async (accept: boolean, ids: number[], confirmed = false) => {
    if (!ids.length) return
    // Deciding many at once is asked for first: one stray click must not code hundreds of passages.
    if (ids.length > CONFIRM_OVER && !confirmed) return setConfirming({ accept, ids })
    const r = accept ? await queue.accept(ids) : await queue.reject(ids)
    if (r) setTicked(new Set())
  }
  useHotkeys([
    ['j', () => setActive((i) => Math.min(i + 1, queue.items.length - 1))],
    ['k', () => setActive((i) => Math.max(i - 1, 0))],
    ['a', () => current && void decide(true, [current.id])],
    ['r', () => current && void decide(false, [current.id])],
    [
      'x',
      () => current && setTicked((s) => (s.has(current.id) ? new Set([...s].filter((x) => x !== current.id)) : new Set(s).add(current.id))),
    ],
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
  const bulk = ticked.size ? [...ticked] : null
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
              onClick={() => void decide(true, bulk ?? queue.items.map((s) => s.id))}
            >
              {bulk ? t('autocode.acceptTicked', { count: bulk.length }) : t('autocode.acceptShown', { count: queue.items.length })}
            </Button>
            <Button
              size="xs"
              variant="light"
              color="red"
              disabled={!queue.items.length}
              onClick={() => void decide(false, bulk ?? queue.items.map((s) => s.id))}
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
              <Paper
                key={s.id}
                withBorder
                p="sm"
                radius="md"
                className={classes.item}
                data-active={i === active || undefined}
                onClick={() => setActive(i)}
                data-testid="suggestion"
              >
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <Checkbox
                    size="xs"
                    mt={3}
                    checked={ticked.has(s.id)}
                    aria-label={t('autocode.tick')}
                    onChange={() =>
                      setTicked((set) => (set.has(s.id) ? new Set([...set].filter((x) => x !== s.id)) : new Set(set).add(s.id)))
                    }
                  />
                  <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" dir="auto" fw={500}>
                      {s.text}
                    </Text>
                    <Group gap={6}>
                      <Badge size="xs" variant="light">
                        {s.code}
                      </Badge>
                      {/* A code named after its kind ("Need") would read "NEED NEED": its kind chip says nothing more. */}
                      {s.code.trim().toLowerCase() !== t(`coding.kinds.${s.kind}`).toLowerCase() ? (
                        <Badge size="xs" variant="outline" color="gray" data-testid="suggestion-kind">
                          {t(`coding.kinds.${s.kind}`)}
                        </Badge>
                      ) : null}
                      {s.due ? (
                        <Badge size="xs" color="orange" variant="light" data-testid="suggestion-due">
                          {t('autocode.due', { date: format.date(s.due) })}
                        </Badge>
                      ) : null}
                      <Text size="xs" c="dimmed" dir="auto" truncate maw={320}>
                        {s.documentTitle}
                      </Text>
                      {s.rule ? (
                        <Text size="xs" c="dimmed" dir="auto" truncate maw={320} title={s.rule}>
                          {t('autocode.rule', { rule: s.rule })}
                        </Text>
                      ) : null}
                    </Group>
                  </Stack>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="light" color="green" onClick={() => void decide(true, [s.id])}>
                      {t('autocode.accept')}
                    </Button>
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => void decide(false, [s.id])}>
                      {t('autocode.reject')}
                    </Button>
                  </Group>
                </Group>
              </Paper>
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
              ? t(confirming.accept ? 'a11y.autocode.confirmAccept' : 'a11y.autocode.confirmReject', { count: confirming.ids.length })
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
                if (c) void decide(c.accept, c.ids, true)
              }}
            >
              {confirming ? t(confirming.accept ? 'autocode.acceptShown' : 'autocode.rejectShown', { count: confirming.ids.length }) : null}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Container>
  )
}
