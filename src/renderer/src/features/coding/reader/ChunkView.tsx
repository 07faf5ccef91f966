/**
 * One chunk of a reader (~50 turns) as a read-only Tiptap view. Highlights arrive as a
 * decoration set through a transaction meta, so repainting after a tag costs one chunk's
 * decorations, never a new document.
 */
import { EditorContent, Extension, useEditor } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { DecorationSet, type EditorView } from '@tiptap/pm/view'
import { memo, useEffect, useLayoutEffect } from 'react'
import type { HighlightView } from '../../../../../shared/contract/coding'
import { chunkDoc, type Chunk } from './layout'
import { buildDecorations, type PendingSpan } from './paint'

const paintKey = new PluginKey<DecorationSet>('needlePaint')

const PaintLayer = Extension.create({
  name: 'needlePaint',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: paintKey,
        state: { init: () => DecorationSet.empty, apply: (tr, old) => (tr.getMeta(paintKey) as DecorationSet | undefined) ?? old },
        props: { decorations: (state) => paintKey.getState(state) },
      }),
    ]
  },
})

/**
 * The text takes a caret (so Shift+arrows select, as in any text) but never changes: every
 * transaction that would touch the document (typing, paste, drop, Enter, Backspace) is refused.
 */
const ReadOnlyText = Extension.create({
  name: 'needleReadOnly',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        filterTransaction: (tr) => !tr.docChanged,
        props: { handlePaste: () => true, handleDrop: () => true, handleTextInput: () => true },
      }),
    ]
  },
})

// Only what a plain transcript needs: no marks, lists or editing history (undo belongs to the coding, not the text).
const TextOnly = StarterKit.configure({
  blockquote: false,
  bold: false,
  bulletList: false,
  code: false,
  codeBlock: false,
  dropcursor: false,
  heading: false,
  undoRedo: false,
  horizontalRule: false,
  italic: false,
  listItem: false,
  listKeymap: false,
  link: false,
  orderedList: false,
  strike: false,
  underline: false,
  trailingNode: false,
})

interface Props {
  chunk: Chunk
  highlights: HighlightView[]
  pending: PendingSpan | null
  selectedId: number | null
  onView(index: number, view: EditorView | null): void
  /** The reader's name, given to each chunk's text box so a screen reader says what it reads. */
  label: string
}

export const ChunkView = memo(function ChunkView({ chunk, highlights, pending, selectedId, onView, label }: Props) {
  const editor = useEditor(
    {
      extensions: [TextOnly, PaintLayer, ReadOnlyText],
      content: chunkDoc(chunk),
      editable: true,
      editorProps: {
        attributes: { 'aria-label': label, 'aria-readonly': 'true', 'aria-multiline': 'true', spellcheck: 'false', inputmode: 'none' },
      },
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
    },
    [chunk, label],
  )
  useEffect(() => {
    if (!editor) return
    onView(chunk.index, editor.view)
    return () => onView(chunk.index, null)
  }, [editor, chunk.index, onView])
  // Before the browser paints (a layout effect): a new highlight appears in the very frame that
  // commits it, not one frame later (tagging's key press to painted, bench/tagging.ts).
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed) return
    const set = buildDecorations(editor.state.doc, chunk, highlights, pending, selectedId)
    editor.view.dispatch(editor.state.tr.setMeta(paintKey, set))
  }, [editor, chunk, highlights, pending, selectedId])
  return <EditorContent editor={editor} />
})
