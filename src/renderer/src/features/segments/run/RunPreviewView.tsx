import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconCheck, IconDeviceFloppy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { RunPreview } from '../../../../../shared/contract/segments'
import { useNumbers } from '../useNumbers'
import { Dendrogram } from './Dendrogram'
import { KChoice } from './KChoice'
import { SegmentCard } from './SegmentCard'

interface Props {
  preview: RunPreview
  names: Record<number, string>
  onRename(index: number, name: string): void
  onSave(): void
  saving: boolean
  saved: boolean
}

export function RunPreviewView({ preview, names, onRename, onSave, saving, saved }: Props) {
  const { t } = useTranslation()
  const num = useNumbers()
  return (
    <Stack gap="md" data-testid="run-preview">
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed">
          {t('segments.preview.summary', {
            k: num.whole(preview.segments.length),
            n: num.whole(preview.participants),
            seconds: num.one(preview.elapsedMs / 1000),
          })}
        </Text>
        <Button
          leftSection={saved ? <IconCheck size={16} /> : <IconDeviceFloppy size={16} />}
          onClick={onSave}
          loading={saving}
          disabled={saved}
          variant={saved ? 'light' : 'filled'}
        >
          {saved ? t('segments.preview.saved') : t('segments.preview.save')}
        </Button>
      </Group>
      {!saved ? (
        // A standing note, not an alert: screen readers should not interrupt with it after every run.
        <Paper radius="md" px="md" py="xs" bg="var(--mantine-color-default-hover)" role="note">
          <Text size="sm">{t('segments.preview.unsaved')}</Text>
        </Paper>
      ) : null}
      <KChoice run={preview} />
      {preview.merges ? <Dendrogram merges={preview.merges} k={preview.k} /> : null}
      <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="md">
        {preview.segments.map((s) => (
          <SegmentCard
            key={s.index}
            name={names[s.index] ?? s.name}
            onRename={(name) => onRename(s.index, name)}
            size={s.size}
            share={s.share}
            stability={s.stability}
            badge={s.badge}
            topNeeds={s.topNeeds}
            traits={s.traits}
          />
        ))}
      </SimpleGrid>
    </Stack>
  )
}
