import { Button, Group, Modal, Radio, Select, Stack, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ParticipantRow } from '../../../../shared/contract/participants'
import { displayName } from './displayName'

interface Props {
  /** 'merge': keep one of the selected; 'map': move the selected into another, existing participant. */
  mode: 'merge' | 'map' | null
  selected: ParticipantRow[]
  everyone: ParticipantRow[]
  onClose(): void
  onMerge(from: number[], into: ParticipantRow): void
}

/** Merging speakers (or mapping a speaker to a participant who already exists) moves all their evidence to one person. */
export function MergeModal({ mode, selected, everyone, onClose, onMerge }: Props) {
  const { t } = useTranslation()
  const [into, setInto] = useState<string | null>(null)
  useEffect(() => setInto(mode === 'merge' && selected[0] ? String(selected[0].id) : null), [mode, selected])
  const chosenIds = new Set(selected.map((p) => p.id))
  const target = everyone.find((p) => String(p.id) === into) ?? null
  const from = selected.filter((p) => p.id !== target?.id).map((p) => p.id)
  return (
    <Modal
      opened={mode !== null}
      onClose={onClose}
      title={mode === 'map' ? t('participants.mapTitle') : t('participants.mergeTitle')}
      centered
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {mode === 'map'
            ? t('participants.mapBody', { names: selected.map(displayName).join(t('participants.separator')) })
            : t('participants.mergeBody')}
        </Text>
        {mode === 'merge' ? (
          <Radio.Group value={into} onChange={setInto} label={t('participants.keep')}>
            <Stack gap={6} mt={6}>
              {selected.map((p) => (
                <Radio key={p.id} value={String(p.id)} label={<bdi>{displayName(p)}</bdi>} />
              ))}
            </Stack>
          </Radio.Group>
        ) : (
          <Select
            label={t('participants.mapInto')}
            searchable
            data={everyone.filter((p) => !chosenIds.has(p.id)).map((p) => ({ value: String(p.id), label: displayName(p) }))}
            value={into}
            onChange={setInto}
            comboboxProps={{ withinPortal: true }}
            limit={200}
          />
        )}
        <Text size="xs" c="dimmed">
          {t('participants.mergeNote')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('import.cancel')}
          </Button>
          <Button disabled={!target || from.length === 0} onClick={() => target && onMerge(from, target)}>
            {mode === 'map' ? t('participants.mapConfirm') : t('participants.mergeConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
