/** The gallery: every card, "Draft from segments", compare two, export the deck, delete. */
import { Alert, Button, Group, Loader, Modal, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconColumns2, IconSparkles } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ScreenHeader } from '../shell/ScreenHeader'
import type { Persona, PersonaLanguage } from '../../../../shared/persona/content'
import { DraftModal } from './DraftModal'
import { ExportMenu } from './ExportMenu'
import { ExportResult } from './ExportResult'
import { PersonaCard } from './PersonaCard'
import { UndoControls } from '../coding/UndoControls'
import { useExportPersonas } from './useExportPersonas'
import type { usePersonas } from './usePersonas'

interface Props {
  store: ReturnType<typeof usePersonas>
  onOpen(id: number): void
  onCompare(ids: [number, number]): void
}

export function PersonaGallery({ store, onOpen, onCompare }: Props) {
  const { t } = useTranslation()
  const [drafting, setDrafting] = useState(false)
  const [selected, setSelected] = useState<number[]>([])
  const [deleting, setDeleting] = useState<Persona | null>(null)
  const exporter = useExportPersonas()
  const cards = (store.personas ?? []).map((p) => store.cards.get(p.id)).filter((p): p is Persona => !!p)

  // Comparing takes two: a third tick replaces the older one.
  const select = (id: number, on: boolean) =>
    setSelected((s) => (on ? [...s.filter((x) => x !== id), id].slice(-2) : s.filter((x) => x !== id)))

  async function draft(ids: number[], language: PersonaLanguage) {
    const made = await store.draft(ids, language)
    if (made.length) setDrafting(false)
    if (made.length === 1) onOpen(made[0].id)
  }

  return (
    <Stack gap="lg">
      <ScreenHeader
        title={t('personas.title')}
        subtitle={t('personas.subtitle')}
        actions={
          <Group gap="xs">
            <UndoControls />
            <Button
              variant="default"
              leftSection={<IconColumns2 size={16} />}
              disabled={selected.length !== 2}
              onClick={() => onCompare([selected[0], selected[1]])}
            >
              {t('personas.gallery.compare', { count: selected.length })}
            </Button>
            <Button
              variant="default"
              leftSection={<IconSparkles size={16} />}
              onClick={() => setDrafting(true)}
              data-testid="draft-persona"
            >
              {t('personas.gallery.draft')}
            </Button>
            {cards.length ? (
              <ExportMenu personaId="all" suggestedName={t('personas.export.deckFileName')} busy={exporter.busy} onExport={exporter.run} />
            ) : null}
          </Group>
        }
      />

      {exporter.last ? <ExportResult result={exporter.last} onClose={exporter.dismiss} /> : null}

      {store.personas === null ? (
        <Group justify="center" p="xl">
          <Loader size="sm" />
        </Group>
      ) : cards.length === 0 ? (
        <Alert color="gray" title={t('personas.gallery.emptyTitle')}>
          {t('personas.gallery.empty')}
        </Alert>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="persona-gallery">
          {cards.map((p) => (
            <PersonaCard
              key={p.id}
              persona={p}
              selected={selected.includes(p.id)}
              onSelect={(on) => select(p.id, on)}
              onOpen={() => onOpen(p.id)}
              onDelete={() => setDeleting(p)}
            />
          ))}
        </SimpleGrid>
      )}

      <DraftModal opened={drafting} onClose={() => setDrafting(false)} onDraft={draft} />
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title={t('personas.delete.title')} centered>
        <Stack gap="md">
          <Text size="sm">{t('personas.delete.body', { name: deleting?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('personas.actions.cancel')}
            </Button>
            <Button
              color="red"
              onClick={async () => {
                const id = deleting!.id
                setDeleting(null)
                setSelected((s) => s.filter((x) => x !== id))
                await store.remove(id)
              }}
            >
              {t('personas.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
