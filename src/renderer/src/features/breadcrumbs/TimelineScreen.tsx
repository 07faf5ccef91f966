/**
 * One participant's trail in time order (timeline.get): events, dated notes with their codes,
 * survey answers, interview turns. Zoom keeps the last N days of the trail; the type filter keeps
 * the chosen kinds of entry. Layout uses logical sides only, so Arabic reads right to left.
 */
import { Badge, Center, Container, Group, Loader, MultiSelect, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ScreenHeader } from '../shell/ScreenHeader'
import type { Timeline } from '../../../../shared/contract/breadcrumbs'
import type { ParticipantRow } from '../../../../shared/contract/participants'
import { invoke } from '../../api/client'
import { useFormat } from '../../i18n/format'
import { notifyError } from '../errors/notifyError'
import classes from './Breadcrumbs.module.css'

const ZOOMS = ['all', '365', '90', '30'] as const
const KIND_COLOR = { event: 'teal', document: 'orange', answer: 'grape', turn: 'petrol' } as const

export function TimelineScreen() {
  const { t } = useTranslation()
  const format = useFormat()
  const [people, setPeople] = useState<ParticipantRow[] | null>(null)
  const [who, setWho] = useState<string | null>(null)
  const [trail, setTrail] = useState<Timeline | null>(null)
  const [zoom, setZoom] = useState<(typeof ZOOMS)[number]>('all')
  const [types, setTypes] = useState<string[]>([])

  useEffect(() => {
    let live = true
    invoke('participants.list', {})
      .then((rows) => live && setPeople(rows.filter((p) => !p.isInterviewer)))
      .catch((err: unknown) => live && notifyError(t, err))
    return () => {
      live = false
    }
  }, [t])

  useEffect(() => {
    if (!who) return
    let live = true
    invoke('timeline.get', { participant: Number(who) })
      .then((tl) => {
        if (!live) return
        setTrail(tl)
        setTypes([])
      })
      .catch((err: unknown) => live && notifyError(t, err))
    return () => {
      live = false
    }
  }, [who, t])

  const allTypes = useMemo(() => [...new Set((trail?.events ?? []).map((e) => e.type))].sort(), [trail])
  const shown = useMemo(() => {
    const entries = trail?.events ?? []
    const dated = entries.filter((e) => e.at)
    const last = dated.length ? Date.parse(dated[dated.length - 1].at!.slice(0, 10)) : NaN
    return entries.filter((e) => {
      if (types.length && !types.includes(e.type)) return false
      if (zoom === 'all' || !e.at || Number.isNaN(last)) return zoom === 'all' || !!e.at
      return last - Date.parse(e.at.slice(0, 10)) <= Number(zoom) * 86_400_000
    })
  }, [trail, types, zoom])

  return (
    <Container size="lg" py="md">
      <Stack gap="lg">
        <ScreenHeader title={t('breadcrumbs.timeline.title')} subtitle={t('breadcrumbs.timeline.subtitle')} />
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label={t('breadcrumbs.timeline.participant')}
            placeholder={t('breadcrumbs.timeline.pick')}
            searchable
            data={(people ?? []).map((p) => ({ value: String(p.id), label: p.displayName ? `${p.displayName} (${p.label})` : p.label }))}
            value={who}
            onChange={setWho}
            w={280}
            data-testid="timeline-participant"
          />
          <MultiSelect
            label={t('breadcrumbs.timeline.types')}
            placeholder={t('breadcrumbs.timeline.allTypes')}
            data={allTypes}
            value={types}
            onChange={setTypes}
            w={320}
            clearable
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="timeline-zoom">
              {t('breadcrumbs.timeline.zoom')}
            </Text>
            <SegmentedControl
              aria-labelledby="timeline-zoom"
              value={zoom}
              onChange={(v) => setZoom(v as (typeof ZOOMS)[number])}
              data={ZOOMS.map((z) => ({ value: z, label: t(`breadcrumbs.timeline.zooms.${z}`) }))}
            />
          </Stack>
        </Group>
        {!people ? (
          <Center h={120}>
            <Loader />
          </Center>
        ) : !trail ? (
          <Text c="dimmed">{t('breadcrumbs.timeline.empty')}</Text>
        ) : (
          <Stack gap={0} className={classes.trail} data-testid="timeline-list" aria-label={t('breadcrumbs.timeline.title')} role="list">
            <Text size="sm" c="dimmed" mb="sm">
              {t('breadcrumbs.timeline.count', { shown: shown.length, total: trail.events.length })}
            </Text>
            {shown.map((e, i) => (
              <div key={i} className={classes.entry} role="listitem" data-testid="timeline-entry">
                <Text size="xs" c="dimmed" className={classes.when}>
                  {e.at ? (e.at.length > 10 ? format.dateTime(e.at) : format.date(e.at)) : t('breadcrumbs.timeline.undated')}
                </Text>
                <Paper withBorder radius="md" p="xs" className={classes.card}>
                  <Group gap="xs" wrap="wrap">
                    <Badge color={KIND_COLOR[e.kind]} variant="light" size="sm">
                      {t(`breadcrumbs.timeline.kinds.${e.kind}`)}
                    </Badge>
                    <Text fw={600} size="sm" dir="auto">
                      {e.label}
                    </Text>
                    {e.channel ? (
                      <Text size="xs" c="dimmed" dir="auto">
                        {e.channel}
                      </Text>
                    ) : null}
                    {e.codes.map((c) => (
                      <Badge key={c} variant="outline" size="sm" color="grape" dir="auto">
                        {c}
                      </Badge>
                    ))}
                  </Group>
                  {e.text ? (
                    <Text size="sm" mt={4} dir="auto" lineClamp={4}>
                      {e.text}
                    </Text>
                  ) : null}
                  <Text size="xs" c="dimmed" mt={2} dir="auto">
                    {e.source}
                  </Text>
                </Paper>
              </div>
            ))}
          </Stack>
        )}
      </Stack>
    </Container>
  )
}
