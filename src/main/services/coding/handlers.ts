import type Database from 'better-sqlite3'
import { statement } from '../../db/statements'
import type { HandlerMap } from '../handlers'
import { currentCoderId } from './coders'
import { documentReference, parseDueDate, todayIso } from './dates'
import {
  deleteHighlight,
  documentText,
  getHighlight,
  insertHighlight,
  listHighlights,
  listHighlightsOf,
  updateHighlight,
} from './highlights'
import { codedSegments, segmentsCsv } from './segments'
import { recordAction, redo, undo, undoState } from './undo'

/** “Tag “Deadline pressure”” (“Tag “A”, “B”” for several codes); a memo-only highlight is “Add highlight”. undoLabel.ts translates both. */
function tagLabel(db: Database.Database, codeIds: number[]): string {
  const name = statement(db, 'SELECT name FROM codes WHERE id = ?', { pluck: true })
  const names = [...new Set(codeIds)].map((id) => name.get(id) as string | undefined).filter((n): n is string => n !== undefined)
  return names.length ? `Tag ${names.map((n) => `“${n}”`).join(', ')}` : 'Add highlight'
}

type Channels =
  | 'highlights.list'
  | 'highlights.create'
  | 'highlights.update'
  | 'highlights.delete'
  | 'dates.parse'
  | 'undo.undo'
  | 'undo.redo'
  | 'undo.state'
  | 'coding.segments'
  | 'coding.segmentsCsv'

export const codingHandlers: HandlerMap<Channels> = {
  'highlights.list': (session, { documentId, documentIds }) => {
    const db = session.requireProject().db
    return documentIds ? listHighlightsOf(db, documentIds) : listHighlights(db, documentId!)
  },
  'highlights.create': (session, input) => {
    // The document's text is read once: for checking the span and for the answer's quoted text.
    const text = documentText(session.requireProject().db, input.documentId)
    const id = recordAction(session, tagLabel(session.writable(), input.codeIds), (db) =>
      insertHighlight(db, { ...input, coderId: currentCoderId(session, db) }, text),
    )
    return getHighlight(session.requireProject().db, id, text)
  },
  'highlights.update': (session, { id, ...patch }) => {
    recordAction(session, patch.codeIds ? 'Change codes of highlight' : 'Edit highlight', (db) => updateHighlight(db, id, patch))
    return getHighlight(session.requireProject().db, id)
  },
  'highlights.delete': (session, { id }) => {
    recordAction(session, 'Delete highlight', (db) => deleteHighlight(db, id))
    return null
  },
  'dates.parse': (session, { text, reference, documentId }) => {
    const ref = reference ?? (documentId ? documentReference(session.requireProject().db, documentId) : todayIso())
    return parseDueDate(text, ref)
  },
  'undo.undo': (session) => undo(session),
  'undo.redo': (session) => redo(session),
  'undo.state': (session) => undoState(session),
  'coding.segments': (session, { codeIds }) => codedSegments(session.requireProject().db, codeIds),
  'coding.segmentsCsv': (session, { codeIds }) => {
    const segments = codedSegments(session.requireProject().db, codeIds)
    return { csv: segmentsCsv(segments), rows: segments.length }
  },
}
