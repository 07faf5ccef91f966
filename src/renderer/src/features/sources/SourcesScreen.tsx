import { Container, Group, Stack, Tabs, Text, Title } from '@mantine/core'
import { IconFiles, IconUsers } from '@tabler/icons-react'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SourceRow } from '../../../../shared/domain'
import { useLoadedState } from '../../app/appState'
import { ImportButton } from '../import/ImportButton'
import { ImportHost } from '../import/ImportHost'
import { EmptyState } from './EmptyState'
import { ParticipantsPanel } from '../participants/ParticipantsPanel'
import { RemoveSourceModal } from './RemoveSourceModal'
import { SourceDetail } from './SourceDetail'
import { SourceList } from './SourceList'

/** Sources and the people in them: what was imported, each source's content and report, and the participants panel. */
export function SourcesScreen() {
  const { t } = useTranslation()
  const { project } = useLoadedState()
  const [tab, setTab] = useState<string | null>('sources')
  const [openId, setOpenId] = useState<number | null>(null)
  const [removing, setRemoving] = useState<SourceRow | null>(null)
  const [participantsVersion, setParticipantsVersion] = useState(0)
  const bump = useCallback(() => setParticipantsVersion((n) => n + 1), [])
  const sources = project?.sources ?? []
  const open = sources.find((s) => s.id === openId) ?? null
  const readOnly = project?.readOnly ?? true

  // A removed (or re-imported) source that was open closes; an import brings new participants.
  useEffect(() => {
    if (openId !== null && !open) setOpenId(null)
  }, [open, openId])
  useEffect(bump, [project?.counts.participants, bump])

  if (!project) return null
  return (
    <Container size="xl" py="md">
      <ImportHost />
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Title order={1} size="h2" fw={650}>
              {t('sources.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('sources.subtitle', {
                sources: t('overview.sourcesCount', { count: sources.length }),
                participants: t('respondentAnswers.participantsCount', { count: project.counts.participants }),
              })}
            </Text>
          </Stack>
          <ImportButton />
        </Group>
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List>
            <Tabs.Tab value="sources" leftSection={<IconFiles size={16} />}>
              {t('sources.tabs.sources')}
            </Tabs.Tab>
            <Tabs.Tab value="participants" leftSection={<IconUsers size={16} />}>
              {t('sources.tabs.participants')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="sources" pt="md">
            {open ? (
              <SourceDetail
                source={open}
                readOnly={readOnly}
                participantsVersion={participantsVersion}
                onBack={() => setOpenId(null)}
                onRemove={() => setRemoving(open)}
              />
            ) : sources.length === 0 ? (
              <EmptyState />
            ) : (
              <SourceList sources={sources} readOnly={readOnly} onOpen={setOpenId} onRemove={setRemoving} />
            )}
          </Tabs.Panel>
          <Tabs.Panel value="participants" pt="md">
            {tab === 'participants' ? <ParticipantsPanel readOnly={readOnly} version={participantsVersion} onChanged={bump} /> : null}
          </Tabs.Panel>
        </Tabs>
      </Stack>
      <RemoveSourceModal source={removing} onClose={() => setRemoving(null)} onRemoved={() => setOpenId(null)} />
    </Container>
  )
}
