/** "Draft from segments": choose saved segments and the card language; one draft per segment. */
import { Alert, Button, Checkbox, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PersonaLanguage } from '../../../../shared/persona/content'
import { useLoadedState } from '../../app/appState'
import { useSegmentChoices } from './useSegmentChoices'

interface Props {
  opened: boolean
  onClose(): void
  onDraft(segmentIds: number[], language: PersonaLanguage): Promise<void>
}

export function DraftModal({ opened, onClose, onDraft }: Props) {
  const { t } = useTranslation()
  const segments = useSegmentChoices(opened)
  const [chosen, setChosen] = useState<number[]>([])
  // Cards are drafted in the project language unless the researcher picks another for these.
  const projectLanguage = useLoadedState().project?.language.language ?? 'en'
  const [language, setLanguage] = useState<PersonaLanguage>(projectLanguage)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (opened) {
      setChosen([])
      setLanguage(projectLanguage)
    }
  }, [opened, projectLanguage])

  async function submit() {
    setBusy(true)
    try {
      await onDraft(chosen, language)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('personas.draft.title')} size="md" centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('personas.draft.lead')}
        </Text>
        {segments && segments.length === 0 ? <Alert color="yellow">{t('personas.draft.noSegments')}</Alert> : null}
        <Checkbox.Group label={t('personas.draft.segments')} value={chosen.map(String)} onChange={(v) => setChosen(v.map(Number))}>
          <Stack gap="xs" mt="xs">
            {(segments ?? []).map((s) => (
              <Checkbox
                key={s.id}
                value={String(s.id)}
                label={<bdi>{s.name}</bdi>}
                description={t('personas.draft.segmentSize', { n: s.size, percent: Math.round(s.share * 100) })}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('personas.draft.language')}
          </Text>
          <SegmentedControl
            value={language}
            onChange={(v) => setLanguage(v as PersonaLanguage)}
            data={[
              { value: 'en', label: t('personas.language.en') },
              { value: 'ar', label: t('personas.language.ar') },
            ]}
          />
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('personas.actions.cancel')}
          </Button>
          <Button onClick={submit} loading={busy} disabled={!chosen.length}>
            {t('personas.draft.submit', { count: chosen.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
