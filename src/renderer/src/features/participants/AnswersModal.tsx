import { Alert, Badge, Loader, Modal, Stack, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ParticipantAnswers, ParticipantRow } from '../../../../shared/contract/participants'
import { invoke } from '../../api/client'
import { describeError } from '../errors/describeError'
import { displayName } from './displayName'

/**
 * A respondent's answers, question by question: what they chose (their attribute values) and
 * what they wrote. Questions and answers are the respondent's own text in either direction.
 */
export function AnswersModal({ person, onClose }: { person: ParticipantRow | null; onClose(): void }) {
  const { t } = useTranslation()
  const [data, setData] = useState<ParticipantAnswers | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    setData(null)
    setError(null)
    if (!person) return
    let live = true
    invoke('participants.answers', { id: person.id }).then(
      (a) => live && setData(a),
      (e: unknown) => live && setError(e),
    )
    return () => {
      live = false
    }
  }, [person])
  const name = person ? displayName(person) : ''
  const shownError = error ? describeError(t, error) : null
  return (
    <Modal opened={person !== null} onClose={onClose} title={<bdi>{t('respondentAnswers.title', { name })}</bdi>} size="lg">
      {shownError ? (
        <Alert color="red" title={shownError.title}>
          {shownError.message}
        </Alert>
      ) : data === null ? (
        <Loader size="sm" aria-label={t('respondentAnswers.loading')} />
      ) : data.answers.length === 0 ? (
        <Text size="sm">{t('respondentAnswers.none')}</Text>
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed" role="status">
            {t('respondentAnswers.count', { count: data.answers.length })}
          </Text>
          <dl style={{ margin: 0 }} data-testid="participant-answers">
            {data.answers.map((a, i) => (
              <div key={i} style={{ marginBlockEnd: 'var(--mantine-spacing-sm)' }}>
                <Text component="dt" size="sm" fw={600} dir="auto">
                  {a.question}
                </Text>
                <Text component="dd" size="sm" m={0} dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                  {a.answer}
                </Text>
                {a.kind === 'text' && a.source ? (
                  <Badge component="dd" variant="outline" color="gray" size="sm" mt={4} ms={0} tt="none">
                    {t('respondentAnswers.written')} · <bdi>{a.source}</bdi>
                  </Badge>
                ) : null}
              </div>
            ))}
          </dl>
          {data.moreTexts > 0 ? (
            <Text size="sm" c="dimmed">
              {t('respondentAnswers.more', { count: data.moreTexts })}
            </Text>
          ) : null}
        </Stack>
      )}
    </Modal>
  )
}
