/**
 * One section's text in Tiptap, with a small toolbar (bold, italic, lists, link). The HTML is
 * sanitised before Tiptap sees it and main sanitises it again when it is saved. Saves are
 * debounced while typing and flushed when the editor loses focus.
 */
import { ActionIcon, Button, Group, Popover, TextInput, Tooltip } from '@mantine/core'
import { IconBold, IconItalic, IconLink, IconLinkOff, IconList, IconListNumbers } from '@tabler/icons-react'
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { HIGHLIGHT_MIME, SECTION_MIME } from './dragData'
import { richTextExtensions } from './richTextExtensions'
import { sanitizeRichText } from './sanitize'
import classes from './Editor.module.css'

interface Props {
  html: string
  label: string
  dir: 'ltr' | 'rtl'
  onSave(html: string): void
}

const SAVE_AFTER_MS = 700

export function RichTextEditor({ html, label, dir, onSave }: Props) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const pending = useRef<string | null>(null)
  const save = useRef(onSave)
  save.current = onSave

  const flush = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (pending.current !== null) save.current(pending.current)
    pending.current = null
  }

  const editor = useEditor({
    extensions: richTextExtensions,
    // Only the first render's HTML: later cards returned by saves must not move the caret.
    content: sanitizeRichText(html),
    immediatelyRender: true,
    editorProps: {
      attributes: { 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', dir, class: classes.prose },
      // A highlight or a section dropped here is the section's business (attach, reorder), not text to paste.
      handleDrop: (_view, event) => {
        const types = event.dataTransfer?.types ?? []
        return types.includes(HIGHLIGHT_MIME) || types.includes(SECTION_MIME)
      },
    },
    onUpdate: ({ editor: e }) => {
      pending.current = e.getHTML()
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(flush, SAVE_AFTER_MS)
    },
    onBlur: flush,
  })

  // A save still waiting when the section goes away (back to the gallery) is not lost.
  useEffect(() => () => flush(), [])

  return (
    <div className={classes.rich}>
      {editor ? <Toolbar editor={editor} /> : null}
      <EditorContent editor={editor} />
    </div>
  )
}

function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation()
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
    }),
  })
  const button = (key: string, active: boolean, icon: ReactNode, run: () => void) => (
    <Tooltip label={t(`personas.rich.${key}`)} key={key}>
      <ActionIcon
        variant={active ? 'light' : 'subtle'}
        size="sm"
        aria-label={t(`personas.rich.${key}`)}
        aria-pressed={active}
        onMouseDown={(e) => e.preventDefault() /* keep the selection in the text */}
        onClick={run}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  )
  return (
    <Group gap={2} className={classes.toolbar} role="toolbar" aria-label={t('personas.rich.toolbar')}>
      {button('bold', state.bold, <IconBold size={14} />, () => editor.chain().focus().toggleBold().run())}
      {button('italic', state.italic, <IconItalic size={14} />, () => editor.chain().focus().toggleItalic().run())}
      {button('bullets', state.bullet, <IconList size={14} />, () => editor.chain().focus().toggleBulletList().run())}
      {button('numbers', state.ordered, <IconListNumbers size={14} />, () => editor.chain().focus().toggleOrderedList().run())}
      <LinkButton editor={editor} active={state.link} />
      {state.link ? button('unlink', false, <IconLinkOff size={14} />, () => editor.chain().focus().unsetLink().run()) : null}
    </Group>
  )
}

function LinkButton({ editor, active }: { editor: Editor; active: boolean }) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  const [url, setUrl] = useState('')
  const valid = /^(https?:\/\/|mailto:)\S+$/i.test(url.trim())
  const apply = () => {
    if (!valid) return
    editor.chain().focus().extendMarkRange('link').setLink({ href: url.trim() }).run()
    setOpened(false)
  }
  return (
    <Popover opened={opened} onChange={setOpened} trapFocus position="bottom" withArrow>
      <Popover.Target>
        <Tooltip label={t('personas.rich.link')}>
          <ActionIcon
            variant={active ? 'light' : 'subtle'}
            size="sm"
            aria-label={t('personas.rich.link')}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setUrl((editor.getAttributes('link').href as string | undefined) ?? 'https://')
              setOpened((o) => !o)
            }}
          >
            <IconLink size={14} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Group gap="xs" align="flex-end">
          <TextInput
            size="xs"
            label={t('personas.rich.linkAddress')}
            value={url}
            dir="ltr"
            error={url && !valid ? t('personas.rich.linkInvalid') : undefined}
            onChange={(e) => setUrl(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), apply())}
          />
          <Button size="xs" onClick={apply} disabled={!valid}>
            {t('personas.rich.linkApply')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  )
}
