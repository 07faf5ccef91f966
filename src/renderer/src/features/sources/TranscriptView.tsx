import { Badge, Group, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DocumentView } from '../../../../shared/contract/sources'
import { formatTime } from '../import/formatTime'
import classes from './Sources.module.css'

interface Props {
  doc: DocumentView
  /** Participant id -> the name the researcher gave them, so a rename shows here at once. */
  names: Map<number, string>
}

/** A transcript as speaker turns: who, when, what; interviewer turns step back; RTL documents read right to left. */
export function TranscriptView({ doc, names }: Props) {
  const { t } = useTranslation()
  const turns = doc.utterances
  // A speaker imported as "Interviewer" needs no second "Interviewer" under the name.
  const interviewerWord = t('sources.transcript.interviewer')
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={600} dir="auto">
            {doc.title}
          </Text>
          {doc.direction === 'rtl' ? (
            <Badge size="sm" variant="light">
              {t('sources.transcript.rtl')}
            </Badge>
          ) : null}
        </Group>
        <div dir={doc.direction} className={classes.transcript} data-testid="transcript" lang={doc.direction === 'rtl' ? 'ar' : undefined}>
          {turns.length === 0 ? (
            <Text className={classes.turnText} dir={doc.direction}>
              {doc.text}
            </Text>
          ) : (
            turns.map((u) => {
              const name =
                (u.participantId !== null ? names.get(u.participantId) : undefined) ?? u.speaker ?? t('sources.transcript.noSpeaker')
              const time = formatTime(u.timeStartMs)
              return (
                <div key={u.id} className={classes.turn} data-interviewer={u.isInterviewer || undefined} data-testid="turn">
                  <div>
                    <div className={classes.speaker} data-testid="turn-speaker">
                      <bdi>{name}</bdi>
                    </div>
                    {u.isInterviewer && name.toLocaleLowerCase() !== interviewerWord.toLocaleLowerCase() ? (
                      <Text size="xs" c="dimmed">
                        {t('sources.transcript.interviewer')}
                      </Text>
                    ) : null}
                    {time ? (
                      <div className={classes.time}>
                        <span dir="ltr">{time}</span>
                      </div>
                    ) : null}
                  </div>
                  <div className={classes.turnText} dir={doc.direction} data-testid="turn-text">
                    {doc.text.slice(u.start, u.end)}
                  </div>
                </div>
              )
            })
          )}
        </div>
      </Stack>
    </Paper>
  )
}
