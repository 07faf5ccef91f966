/**
 * The persona editor: identity (name, role, tagline, context, avatar), the measured facts, every section as rich
 * text with its quotes, and the evidence panel. Laid out in the persona's direction: an Arabic
 * persona is edited right-to-left.
 */
import { Button, Grid, Group, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { IconArrowBack, IconPlus } from '@tabler/icons-react'
import { Fragment, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PersonaEvidenceQuote } from '../../../../shared/contract/personas'
import { cardLabels } from '../../../../shared/persona/labels'
import { AvatarEditor } from './AvatarEditor'
import { BreadcrumbFacts } from './BreadcrumbFacts'
import { EvidencePanel } from './EvidencePanel'
import { ExportMenu } from './ExportMenu'
import { ExportResult } from './ExportResult'
import { FactsPanel } from './FactsPanel'
import { PersonaSheet } from './PersonaSheet'
import { UndoControls } from '../coding/UndoControls'
import { SectionCard } from './SectionCard'
import { UncodedQuotes } from './UncodedQuotes'
import { customId, inOrder, moved } from './sectionOrder'
import { useExportPersonas } from './useExportPersonas'
import { useOpenQuote } from './useOpenQuote'
import { usePersona } from './usePersona'
import classes from './Editor.module.css'

export function PersonaEditor({ id, onBack }: { id: number; onBack(): void }) {
  const { t } = useTranslation()
  const { persona, quotes, imageUrl, revision, gone, update, attach, detach, setImage, quoteAction, removeBreadcrumb } = usePersona(id)
  const exporter = useExportPersonas()
  const openQuote = useOpenQuote()
  const [mode, setMode] = useState<'edit' | 'preview'>('edit')

  const attached = useMemo(() => new Map(quotes.map((q) => [q.highlightId, q.sections])), [quotes])
  const bySection = (sectionId: string): PersonaEvidenceQuote[] => quotes.filter((q) => q.sections.includes(sectionId))
  // An undo took the card away (its drafting undone): back to the gallery, which no longer shows it.
  useEffect(() => {
    if (gone) onBack()
  }, [gone, onBack])

  if (!persona) return null
  const sections = inOrder(persona.content.sections)
  const dir = persona.direction
  const move = (sectionId: string, to: number) => {
    const patch = moved(sections, sectionId, to)
    if (patch.length) void update({ sections: patch })
  }
  const addSection = () =>
    update({
      sections: [
        {
          id: customId(sections),
          kind: 'custom',
          title: cardLabels(persona.language).sections.custom,
          html: '',
          hidden: false,
          order: sections.length,
        },
      ],
    })

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Button variant="subtle" leftSection={<IconArrowBack size={16} className={classes.flipRtl} />} onClick={onBack}>
          {t('personas.editor.back')}
        </Button>
        <Group gap="xs">
          <UndoControls />
          <SegmentedControl
            size="xs"
            value={mode}
            onChange={(v) => setMode(v as 'edit' | 'preview')}
            data={[
              { value: 'edit', label: t('personas.editor.edit') },
              { value: 'preview', label: t('personas.editor.preview') },
            ]}
          />
          <ExportMenu personaId={persona.id} suggestedName={persona.name} busy={exporter.busy} onExport={exporter.run} />
        </Group>
      </Group>
      {exporter.last ? <ExportResult result={exporter.last} onClose={exporter.dismiss} /> : null}

      {mode === 'preview' ? (
        <div className={classes.previewWrap}>
          <PersonaSheet persona={persona} imageUrl={imageUrl} />
        </div>
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="md" dir={dir} lang={persona.language} data-testid="persona-editor">
              <Group gap="lg" align="flex-start" wrap="nowrap">
                <AvatarEditor
                  key={`avatar-${persona.id}-${revision}`}
                  persona={persona}
                  imageUrl={imageUrl}
                  onUpdate={update}
                  onImage={setImage}
                />
                <Stack gap="xs" className={classes.grow}>
                  <TextInput
                    key={`name-${persona.id}-${revision}`}
                    label={t('personas.editor.name')}
                    defaultValue={persona.name}
                    size="md"
                    classNames={{ input: classes.nameInput }}
                    onBlur={(e) => {
                      const v = e.currentTarget.value.trim()
                      if (v && v !== persona.name) void update({ name: v })
                    }}
                  />
                  <TextInput
                    key={`role-${persona.id}-${revision}`}
                    label={t('personaIdentity.role')}
                    description={t('personaIdentity.roleHint')}
                    defaultValue={persona.content.role}
                    maxLength={200}
                    dir="auto"
                    onBlur={(e) => {
                      const v = e.currentTarget.value.trim()
                      if (v !== persona.content.role) void update({ role: v })
                    }}
                  />
                  <TextInput
                    key={`tagline-${persona.id}-${revision}`}
                    label={t('personaIdentity.tagline')}
                    defaultValue={persona.content.tagline}
                    maxLength={200}
                    dir="auto"
                    onBlur={(e) => {
                      const v = e.currentTarget.value.trim()
                      if (v !== persona.content.tagline) void update({ tagline: v })
                    }}
                  />
                  <Textarea
                    key={`context-${persona.id}-${revision}`}
                    label={t('personas.editor.context')}
                    defaultValue={persona.content.context}
                    autosize
                    minRows={1}
                    maxLength={500}
                    onBlur={(e) => e.currentTarget.value !== persona.content.context && void update({ context: e.currentTarget.value })}
                  />
                  <Text size="xs" c="dimmed">
                    {t('personas.editor.segment', {
                      name: persona.content.facts.segmentName ?? '–',
                      n: persona.content.facts.n,
                      percent: Math.round(persona.content.facts.share * 100),
                    })}
                  </Text>
                </Stack>
              </Group>
              <FactsPanel persona={persona} />
              {sections.map((s, i) => (
                <Fragment key={`${persona.id}-${s.id}-${revision}`}>
                  <SectionCard
                    section={s}
                    index={i}
                    count={sections.length}
                    dir={dir}
                    quotes={bySection(s.id)}
                    onChange={(patch) => void update({ sections: [{ id: s.id, ...patch }] })}
                    onMove={(to) => move(s.id, to)}
                    onDropSection={(dragged) => move(dragged, i)}
                    onAttach={(h) => void attach(s.id, h)}
                    onDetach={(h) => void detach(s.id, h)}
                    onOpenQuote={openQuote}
                    onRemove={s.kind === 'custom' ? () => void update({ removeSections: [s.id] }) : undefined}
                  />
                  {s.kind === 'quotes' ? (
                    <UncodedQuotes quotes={persona.content.uncoded} onAction={(ref, action) => void quoteAction(ref, action)} />
                  ) : null}
                </Fragment>
              ))}
              <BreadcrumbFacts
                facts={persona.content.breadcrumbs}
                language={persona.language}
                onRemove={(key) => void removeBreadcrumb(key)}
              />
              <Group>
                <Button variant="default" leftSection={<IconPlus size={16} />} onClick={addSection}>
                  {t('personas.editor.addSection')}
                </Button>
              </Group>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <div className={classes.sticky}>
              <EvidencePanel sections={sections} attached={attached} onAttach={(sid, h) => attach(sid, h)} onOpen={openQuote} />
            </div>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  )
}
