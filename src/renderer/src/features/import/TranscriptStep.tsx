import { Badge, Group, Paper, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TranscriptPreview } from '../../../../shared/import/preview'
import { useFormat } from '../../i18n/format'
import { formatTime } from './formatTime'
import classes from './Import.module.css'
import { NoticeList } from './NoticeList'
import { SkippedRows } from './SkippedRows'

interface Props {
  transcript: TranscriptPreview
  interviewers: Record<string, boolean>
  onInterviewer(speaker: string, interviewer: boolean): void
  /** The date the researcher gave; the file's own date shows until they do. */
  date: string | undefined
  onDate(date: string | undefined): void
}

/** What a transcript will become: its speakers (interviewers marked) and its first turns as stored. */
export function TranscriptStep({ transcript, interviewers, onInterviewer, date, onDate }: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge variant="light" color="gray">
          {t('import.transcript.format', { format: transcript.format })}
        </Badge>
        <Badge variant="light" color="gray">
          {t('import.encoding', { encoding: transcript.encoding })}
        </Badge>
        <Badge variant="light" color="gray">
          {t('import.transcript.turns', { n: format.number(transcript.totalTurns) })}
        </Badge>
        {transcript.direction === 'rtl' ? (
          <Badge variant="light" color="petrol">
            {t('import.transcript.rtl')}
          </Badge>
        ) : null}
      </Group>
      <TextInput
        type="date"
        size="xs"
        w={260}
        label={t('interviewDate.label')}
        description={
          date
            ? t('interviewDate.chosen')
            : transcript.date
              ? t('interviewDate.fromFile', { from: transcript.dateFrom })
              : t('interviewDate.missing')
        }
        value={date ?? transcript.date ?? ''}
        onChange={(e) => onDate(e.currentTarget.value || undefined)}
        data-testid="import-interview-date"
      />
      <NoticeList title={t('import.warnings')} items={transcript.warnings} />
      {transcript.skipped.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('import.skipped.title')}
          </Text>
          <SkippedRows rows={transcript.skipped} label={t('import.skipped.title')} />
        </Stack>
      ) : null}

      <Stack gap={6}>
        <Title order={3} size="h5">
          {t('import.transcript.speakers')}
        </Title>
        {transcript.speakers.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('import.transcript.noSpeakers')}
          </Text>
        ) : (
          <Table aria-label={t('import.transcript.speakers')} withTableBorder verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.transcript.speaker')}</Table.Th>
                <Table.Th className={classes.num}>{t('import.transcript.turnsColumn')}</Table.Th>
                <Table.Th>{t('import.transcript.interviewer')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {transcript.speakers.map((s) => (
                <Table.Tr key={s.name}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      <bdi>{s.name}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td className={classes.num}>{format.number(s.turns)}</Table.Td>
                  <Table.Td>
                    <Switch
                      size="sm"
                      checked={interviewers[s.name] ?? s.interviewer}
                      onChange={(e) => onInterviewer(s.name, e.currentTarget.checked)}
                      aria-label={t('import.transcript.interviewerOf', { name: s.name })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>

      <Stack gap={6}>
        <Title order={3} size="h5">
          {t('import.transcript.firstTurns')}
        </Title>
        <Paper withBorder p="sm" radius="md" className={classes.turns} data-testid="preview-turns">
          <Stack gap={8} dir={transcript.direction}>
            {transcript.turns.map((turn, i) => {
              const time = formatTime(turn.timeStartMs)
              const interviewer = turn.speaker ? (interviewers[turn.speaker] ?? false) : false
              return (
                <div key={i} className={classes.turn} data-interviewer={interviewer || undefined}>
                  <Group gap={6} wrap="nowrap">
                    <Text size="xs" fw={600} c={interviewer ? 'dimmed' : undefined}>
                      {turn.speaker ?? t('import.transcript.noSpeaker')}
                    </Text>
                    {time ? (
                      <Text size="xs" c="dimmed" dir="ltr" className={classes.time}>
                        {time}
                      </Text>
                    ) : null}
                  </Group>
                  <Text size="sm" className={classes.turnText}>
                    {turn.text}
                  </Text>
                </div>
              )
            })}
          </Stack>
        </Paper>
      </Stack>
    </Stack>
  )
}
