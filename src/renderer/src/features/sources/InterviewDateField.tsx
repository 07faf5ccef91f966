import { Alert, Group, TextInput } from '@mantine/core'
import { IconCalendarQuestion } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { invoke } from '../../api/client'
import { notifyError, notifySuccess } from '../errors/notifyError'

/**
 * The day the interview took place, shown above the transcript and editable: relative deadlines
 * ("by Friday", "by the end of the year") resolve against it, never against the import day.
 */
export function InterviewDateField({ documentId, date, readOnly }: { documentId: number; date: string | null; readOnly?: boolean }) {
  const { t } = useTranslation()
  const [value, setValue] = useState(date ?? '')
  useEffect(() => setValue(date ?? ''), [date, documentId])
  const save = async (next: string) => {
    if (next === (date ?? '') || (next !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(next))) return
    try {
      await invoke('documents.setDate', { id: documentId, date: next || null })
      notifySuccess(t('interviewDate.saved'))
    } catch (err) {
      notifyError(t, err)
      setValue(date ?? '')
    }
  }
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        type="date"
        size="xs"
        w={200}
        label={t('interviewDate.label')}
        value={value}
        disabled={readOnly}
        onChange={(e) => setValue(e.currentTarget.value)}
        onBlur={() => void save(value)}
        onKeyDown={(e) => e.key === 'Enter' && void save(value)}
        data-testid="interview-date"
      />
      {!date ? (
        <Alert color="orange" variant="light" p={6} icon={<IconCalendarQuestion size={16} />} data-testid="interview-date-missing">
          {t('interviewDate.readerMissing')}
        </Alert>
      ) : null}
    </Group>
  )
}
