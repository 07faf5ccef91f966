/**
 * The project language: what Needle writes segment names, persona drafts and decks in. Distinct from
 * the app's own language (the header's), which stays the reader's choice.
 */
import { SegmentedControl, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProjectSummary } from '../../../../shared/domain'
import type { ProjectLanguage as Language } from '../../../../shared/project/language'
import { invoke } from '../../api/client'
import { useAppState } from '../../app/appState'
import { notifyError } from '../errors/notifyError'

type Choice = Language | 'auto'

export function ProjectLanguage({ project }: { project: ProjectSummary }) {
  const { t } = useTranslation()
  const { setProject } = useAppState()
  const [busy, setBusy] = useState(false)
  const info = project.language
  const value: Choice = info.chosen ?? 'auto'

  async function choose(next: string) {
    setBusy(true)
    try {
      setProject(await invoke('project.setLanguage', { language: next as Choice }))
    } catch (err) {
      notifyError(t, err)
    } finally {
      setBusy(false)
    }
  }

  const detected = t(`projectLanguage.names.${info.detected}`)
  return (
    <Stack gap={4} component="fieldset" m={0} mt="xs" p={0} style={{ border: 0 }} data-testid="project-language">
      <Text component="legend" size="sm" fw={600} p={0}>
        {t('projectLanguage.label')}
      </Text>
      <SegmentedControl
        value={value}
        onChange={(v) => void choose(v)}
        disabled={busy || project.readOnly}
        style={{ alignSelf: 'flex-start' }}
        data={[
          { value: 'auto', label: t('projectLanguage.auto', { language: detected }) },
          { value: 'en', label: t('projectLanguage.names.en') },
          { value: 'ar', label: t('projectLanguage.names.ar') },
        ]}
      />
      <Text size="xs" c="dimmed">
        {t('projectLanguage.hint')}
        {info.chosen && info.chosen !== info.detected ? ` ${t('projectLanguage.differs', { language: detected })}` : ''}
      </Text>
    </Stack>
  )
}
