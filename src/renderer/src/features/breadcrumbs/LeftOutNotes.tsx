/** What the analysis left out and why, worded in the UI language from the notes' codes and numbers. */
import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { LeftOutNote } from '../../../../shared/contract/breadcrumbs'

export function LeftOutNotes({ notes }: { notes: LeftOutNote[] }) {
  const { t } = useTranslation()
  if (notes.length === 0) return null
  return (
    <Stack gap={2} data-testid="breadcrumbs-left-out">
      {notes.map((note) => (
        <Text key={note.code} size="xs" c="dimmed" dir="auto">
          {t(`crumbs.leftOut.${note.code}`, { ...note })}
        </Text>
      ))}
    </Stack>
  )
}
