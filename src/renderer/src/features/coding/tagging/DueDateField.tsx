/** A deadline's due date: what the service read from the highlighted text, shown to confirm or correct. */
import { Group, Stack, Text, TextInput } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HighlightView, ParsedDate } from '../../../../../shared/contract/coding'
import { invoke } from '../../../api/client'
import { useFormat } from '../../../i18n/format'

export function DueDateField({ highlight: h, onChange }: { highlight: HighlightView; onChange(date: string | null): void }) {
  const { t } = useTranslation()
  const format = useFormat()
  const [parsed, setParsed] = useState<ParsedDate | null>(null)
  useEffect(() => {
    let live = true
    invoke('dates.parse', { text: h.text, documentId: h.documentId }).then(
      (p) => live && setParsed(p),
      () => {},
    )
    return () => {
      live = false
    }
  }, [h.text, h.documentId])
  return (
    <Stack gap={4}>
      <TextInput
        type="date"
        size="sm"
        label={t('coding.panel.dueDate')}
        value={h.dueDate ?? ''}
        onChange={(e) => onChange(e.currentTarget.value || null)}
        data-testid="due-date"
      />
      <Group gap={4}>
        <Text size="xs" c="dimmed" data-testid="due-date-source">
          {parsed?.date
            ? t('coding.panel.dueParsed', {
                words: parsed.matched,
                date: format.date(parsed.date),
                reference: parsed.reference ? format.date(parsed.reference) : t('interviewDate.none'),
              })
            : t('coding.panel.dueNone')}
        </Text>
      </Group>
    </Stack>
  )
}
