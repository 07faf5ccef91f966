/**
 * One section in the editor: its title, its rich text, the quotes that back it, and the controls
 * to move, hide or remove it. Highlights dropped on it are attached to it; sections dragged by
 * their handle are reordered (Alt+↑/↓ on the handle does the same from the keyboard).
 */
import { ActionIcon, Badge, Group, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconEye, IconEyeOff, IconGripVertical, IconTrash } from '@tabler/icons-react'
import { useState, type DragEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PersonaEvidenceQuote } from '../../../../shared/contract/personas'
import type { PersonaSection } from '../../../../shared/persona/content'
import { carries, droppedHighlight, HIGHLIGHT_MIME, SECTION_MIME } from './dragData'
import { QuoteItem } from './QuoteItem'
import { RichTextEditor } from './RichTextEditor'
import classes from './Editor.module.css'

interface Props {
  section: PersonaSection
  index: number
  count: number
  dir: 'ltr' | 'rtl'
  quotes: PersonaEvidenceQuote[]
  onChange(patch: Partial<Pick<PersonaSection, 'title' | 'html' | 'hidden'>>): void
  onMove(to: number): void
  /** A section dragged onto this one takes its place. */
  onDropSection(sectionId: string): void
  onAttach(highlightId: number): void
  onDetach(highlightId: number): void
  onOpenQuote(q: PersonaEvidenceQuote): void
  onRemove?(): void
}

/** Where a quote was said; a survey answer's title already names its participant, so it is not said twice. */
function quoteWhere(q: PersonaEvidenceQuote): string {
  const title = q.participant
    ? q.documentTitle.replace(new RegExp(`\\s*[—-]\\s*${q.participant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), '')
    : q.documentTitle
  return [title, q.source].join(' · ')
}

export function SectionCard(p: Props) {
  const { t } = useTranslation()
  const { section: s } = p
  const [title, setTitle] = useState(s.title)
  const [over, setOver] = useState<'highlight' | 'section' | null>(null)

  function dragOver(e: DragEvent) {
    const kind = carries(e, HIGHLIGHT_MIME) ? 'highlight' : carries(e, SECTION_MIME) ? 'section' : null
    if (!kind) return
    e.preventDefault()
    e.dataTransfer.dropEffect = kind === 'highlight' ? 'copy' : 'move'
    setOver(kind)
  }
  function drop(e: DragEvent) {
    setOver(null)
    if (carries(e, HIGHLIGHT_MIME)) {
      e.preventDefault()
      const id = droppedHighlight(e)
      if (id) p.onAttach(id)
    } else if (carries(e, SECTION_MIME)) {
      e.preventDefault()
      const id = e.dataTransfer.getData(SECTION_MIME)
      if (id && id !== s.id) p.onDropSection(id)
    }
  }
  function handleKey(e: KeyboardEvent) {
    if (!e.altKey) return
    const to = e.key === 'ArrowUp' ? p.index - 1 : e.key === 'ArrowDown' ? p.index + 1 : -1
    if (to < 0 || to >= p.count) return
    e.preventDefault()
    p.onMove(to)
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      className={classes.section}
      data-hidden={s.hidden || undefined}
      data-over={over ?? undefined}
      data-testid="section-card"
      data-section={s.id}
      component="section"
      aria-label={s.title}
      onDragOver={dragOver}
      onDragLeave={() => setOver(null)}
      onDrop={drop}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <Tooltip label={t('personas.section.dragHint')}>
            <span
              className={classes.handle}
              draggable
              tabIndex={0}
              role="button"
              aria-label={t('personas.section.handle', { title: s.title })}
              onDragStart={(e) => {
                e.dataTransfer.setData(SECTION_MIME, s.id)
                e.dataTransfer.effectAllowed = 'move'
              }}
              onKeyDown={handleKey}
            >
              <IconGripVertical size={16} />
            </span>
          </Tooltip>
          <TextInput
            size="xs"
            variant="unstyled"
            className={classes.sectionTitle}
            aria-label={t('personas.section.title')}
            value={title}
            dir={p.dir}
            onChange={(e) => setTitle(e.currentTarget.value)}
            onBlur={() => title.trim() && title !== s.title && p.onChange({ title: title.trim() })}
          />
          {s.hidden ? (
            <Badge size="xs" variant="outline" color="gray">
              {t('personas.section.hiddenBadge')}
            </Badge>
          ) : null}
          <Group gap={2} wrap="nowrap">
            <Tooltip label={t('personas.section.up')}>
              <ActionIcon
                size="sm"
                variant="subtle"
                aria-label={t('personas.section.upNamed', { title: s.title })}
                disabled={p.index === 0}
                onClick={() => p.onMove(p.index - 1)}
              >
                <IconArrowUp size={14} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('personas.section.down')}>
              <ActionIcon
                size="sm"
                variant="subtle"
                aria-label={t('personas.section.downNamed', { title: s.title })}
                disabled={p.index === p.count - 1}
                onClick={() => p.onMove(p.index + 1)}
              >
                <IconArrowDown size={14} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={s.hidden ? t('personas.section.show') : t('personas.section.hide')}>
              <ActionIcon
                size="sm"
                variant="subtle"
                aria-label={
                  s.hidden ? t('personas.section.showNamed', { title: s.title }) : t('personas.section.hideNamed', { title: s.title })
                }
                aria-pressed={s.hidden}
                onClick={() => p.onChange({ hidden: !s.hidden })}
              >
                {s.hidden ? <IconEyeOff size={14} /> : <IconEye size={14} />}
              </ActionIcon>
            </Tooltip>
            {p.onRemove ? (
              <Tooltip label={t('personas.section.remove')}>
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="red"
                  aria-label={t('personas.section.removeNamed', { title: s.title })}
                  onClick={p.onRemove}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Tooltip>
            ) : null}
          </Group>
        </Group>
        <RichTextEditor
          html={s.html}
          label={t('personas.section.text', { title: s.title })}
          dir={p.dir}
          onSave={(html) => p.onChange({ html })}
        />
        <Stack gap={4} className={classes.evidence} aria-label={t('personas.evidence.listLabel', { title: s.title })} role="group">
          <Text size="xs" fw={600} c="dimmed">
            {t('personas.evidence.count', { count: p.quotes.length })}
          </Text>
          {p.quotes.map((q) => (
            <QuoteItem
              key={q.highlightId}
              text={q.text}
              participant={q.participant}
              where={quoteWhere(q)}
              onOpen={() => p.onOpenQuote(q)}
              onRemove={() => p.onDetach(q.highlightId)}
            />
          ))}
          {over === 'highlight' ? (
            <Text size="xs" className={classes.dropHint}>
              {t('personas.evidence.dropHere')}
            </Text>
          ) : null}
        </Stack>
      </Stack>
    </Paper>
  )
}
