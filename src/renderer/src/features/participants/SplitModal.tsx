import { Alert, Button, Checkbox, Group, Loader, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core'
import { useEffect, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ParticipantRow, ParticipantTurns } from '../../../../shared/contract/participants'
import { invoke } from '../../api/client'
import { describeError } from '../errors/describeError'
import { displayName } from './displayName'

/**
 * Splitting one label that was two people: the researcher names the new participant and ticks
 * the documents (with all their turns) or single turns that were the other person's.
 */
export function SplitModal({
  person,
  onClose,
  onSplit,
}: {
  person: ParticipantRow | null
  onClose(): void
  onSplit(name: string, utteranceIds: number[], documentIds: number[]): void
}) {
  const { t } = useTranslation()
  const [data, setData] = useState<ParticipantTurns | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [name, setName] = useState('')
  const [docs, setDocs] = useState<Set<number>>(new Set())
  const [turns, setTurns] = useState<Set<number>>(new Set())

  useEffect(() => {
    setData(null)
    setError(null)
    setDocs(new Set())
    setTurns(new Set())
    setName(person ? t('participantEdits.defaultName', { name: displayName(person) }) : '')
    if (person) invoke('participants.turns', { id: person.id }).then(setData, setError)
  }, [person, t])

  const turnsOf = useMemo(() => {
    const map = new Map<number, ParticipantTurns['turns']>()
    for (const u of data?.turns ?? []) map.set(u.documentId, [...(map.get(u.documentId) ?? []), u])
    return map
  }, [data])

  const flip = (set: Set<number>, id: number) => {
    const next = new Set(set)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    return next
  }
  // Turns of a document that moves as a whole are moved with it, so they are not counted twice.
  const loose = [...turns].filter((u) => !docs.has(data?.turns.find((x) => x.id === u)?.documentId ?? -1))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (name.trim() && docs.size + loose.length > 0) onSplit(name.trim(), loose, [...docs])
  }
  const shownError = error ? describeError(t, error) : null

  return (
    <Modal
      opened={person !== null}
      onClose={onClose}
      title={t('participantEdits.splitTitle', { name: person ? displayName(person) : '' })}
      size="lg"
      centered
    >
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('participantEdits.splitIntro')}
          </Text>
          <TextInput
            label={t('participantEdits.newName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            data-autofocus
          />
          {shownError ? (
            <Alert color="red" title={shownError.title}>
              {shownError.message}
            </Alert>
          ) : !data ? (
            <Loader size="sm" />
          ) : (
            <ScrollArea.Autosize mah={360} type="auto">
              <Stack gap="xs" data-testid="split-choices">
                {data.documents.map((d) => (
                  <Stack key={d.id} gap={4}>
                    <Checkbox
                      checked={docs.has(d.id)}
                      onChange={() => setDocs((s) => flip(s, d.id))}
                      label={
                        <Text size="sm" fw={600} span>
                          <bdi>{d.title}</bdi> · {t('participantEdits.wholeDocument', { count: d.turns })}
                        </Text>
                      }
                    />
                    {(turnsOf.get(d.id) ?? []).map((u) => (
                      <Checkbox
                        key={u.id}
                        ms="lg"
                        size="xs"
                        disabled={docs.has(d.id)}
                        checked={docs.has(d.id) || turns.has(u.id)}
                        onChange={() => setTurns((s) => flip(s, u.id))}
                        label={
                          <Text size="sm" span dir="auto" lineClamp={2}>
                            {u.text}
                          </Text>
                        }
                        aria-label={t('participantEdits.turnLabel', { n: u.seq + 1, title: d.title })}
                      />
                    ))}
                  </Stack>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
          <Text size="xs" c="dimmed">
            {t('participantEdits.splitNote')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('import.cancel')}
            </Button>
            <Button type="submit" disabled={!name.trim() || docs.size + loose.length === 0}>
              {t('participantEdits.splitConfirm', { count: docs.size + loose.length })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
