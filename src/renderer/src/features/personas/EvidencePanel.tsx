/**
 * Find highlights to back the card: search words or pick a code, then drag a highlight into a
 * section, or choose the section here and click Attach.
 */
import { Button, Group, Loader, NativeSelect, Paper, ScrollArea, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconGripVertical, IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CODE_KINDS } from '../../../../shared/domain'
import type { PersonaSection } from '../../../../shared/persona/content'
import { startHighlightDrag } from './dragData'
import { useHighlightSearch, type HighlightChoice } from './useHighlightSearch'
import classes from './Editor.module.css'

interface Props {
  sections: PersonaSection[]
  /** Highlights already on the card, by section id. */
  attached: Map<number, string[]>
  onAttach(sectionId: string, highlightId: number): Promise<void>
  onOpen(h: HighlightChoice): void
}

export function EvidencePanel({ sections, attached, onAttach, onOpen }: Props) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [codeId, setCodeId] = useState<number | null>(null)
  const ordered = [...sections].sort((a, b) => a.order - b.order)
  const [target, setTarget] = useState<string>(ordered.find((s) => s.kind === 'quotes')?.id ?? ordered[0]?.id ?? '')
  const { codes, results, loading } = useHighlightSearch(query, codeId)

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      className={classes.panel}
      component="aside"
      aria-labelledby="evidence-panel-title"
      data-testid="evidence-panel"
    >
      <Stack gap="xs" h="100%">
        <Title order={2} size="h5" id="evidence-panel-title">
          {t('personas.evidence.panelTitle')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('personas.evidence.panelLead')}
        </Text>
        <TextInput
          size="xs"
          leftSection={<IconSearch size={14} />}
          aria-label={t('personas.evidence.search')}
          placeholder={t('personas.evidence.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <NativeSelect
          size="xs"
          label={t('personas.evidence.code')}
          value={codeId == null ? '' : String(codeId)}
          onChange={(e) => setCodeId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
          data={[
            { value: '', label: t('personas.evidence.anyCode') },
            // Grouped by kind (needs first), so a need is not lost among survey-question codes.
            ...CODE_KINDS.map((kind) => ({
              group: t(`coding.kinds.${kind}`),
              items: codes.filter((c) => c.kind === kind).map((c) => ({ value: String(c.id), label: `${c.name} (${c.count})` })),
            })).filter((g) => g.items.length),
          ]}
        />
        <NativeSelect
          size="xs"
          label={t('personas.evidence.attachTo')}
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
          data={ordered.map((s) => ({ value: s.id, label: s.title }))}
        />
        <ScrollArea.Autosize mah="calc(100vh - 420px)" mih={160} type="auto" offsetScrollbars>
          {loading ? (
            <Group justify="center" p="md">
              <Loader size="xs" />
            </Group>
          ) : results === null ? (
            <Text size="xs" c="dimmed" p="xs">
              {t('personas.evidence.hint')}
            </Text>
          ) : results.length === 0 ? (
            <Text size="xs" c="dimmed" p="xs">
              {t('personas.evidence.none')}
            </Text>
          ) : (
            <Stack gap={6} role="list" aria-label={t('personas.evidence.results')}>
              {results.map((h) => {
                const on = attached.get(h.highlightId) ?? []
                return (
                  <div
                    key={h.highlightId}
                    role="listitem"
                    className={classes.choice}
                    draggable
                    onDragStart={(e) => startHighlightDrag(e, h.highlightId, h.text)}
                    data-testid="highlight-choice"
                  >
                    <Group gap={4} wrap="nowrap" align="flex-start">
                      <IconGripVertical size={14} className={classes.grip} aria-hidden />
                      <Stack gap={2} className={classes.grow}>
                        <Text
                          size="sm"
                          dir="auto"
                          lineClamp={4}
                          className={classes.quoteText}
                          onClick={() => onOpen(h)}
                          title={t('personas.evidence.open')}
                        >
                          “{h.text.trim()}”
                        </Text>
                        <Text size="xs" c="dimmed" dir="auto" title={h.documentTitle} lineClamp={1}>
                          {[h.participant, h.source].filter(Boolean).join(' · ')}
                        </Text>
                        <Group gap="xs">
                          <Button
                            size="compact-xs"
                            variant="light"
                            disabled={!target || on.includes(target)}
                            onClick={() => onAttach(target, h.highlightId)}
                            aria-label={t('personas.evidence.attachNamed', { text: h.text.trim().slice(0, 60) })}
                          >
                            {on.includes(target) ? t('personas.evidence.attached') : t('personas.evidence.attach')}
                          </Button>
                        </Group>
                      </Stack>
                    </Group>
                  </div>
                )
              })}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Stack>
    </Paper>
  )
}
