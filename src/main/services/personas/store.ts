/**
 * Personas in the project file. personas.content holds the card (sections, avatar, facts, footer);
 * persona_evidence holds which highlights back which section (and statement). The evidence table is
 * the truth for links, so a highlight deleted elsewhere drops off every card at once (ON DELETE
 * CASCADE) and a card read back never cites a highlight that is gone.
 */
import type Database from 'better-sqlite3'
import { NeedleError } from '../../../shared/errors'
import {
  contentSchema,
  directionOf,
  type Persona,
  type PersonaContent,
  type PersonaContentInput,
  type PersonaLanguage,
  type PersonaSummary,
} from '../../../shared/persona/content'
import { sanitizeHtml } from './sanitize'

interface Row {
  id: number
  segment_id: number | null
  name: string
  language: PersonaLanguage
  content: string
  has_image: number
  created_at: string
  updated_at: string
}

const SELECT = 'SELECT id, segment_id, name, language, content, avatar IS NOT NULL AS has_image, created_at, updated_at FROM personas'

function parseContent(row: Row): PersonaContent {
  let json: unknown
  try {
    json = JSON.parse(row.content)
  } catch {
    throw new NeedleError('corrupt', `Persona ${row.id} ("${row.name}") is damaged: its content is not JSON. Delete it and draft it again.`)
  }
  const parsed = contentSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new NeedleError(
      'corrupt',
      `Persona ${row.id} ("${row.name}") is damaged (${issue?.path.join('.')}: ${issue?.message}). Delete it and draft it again.`,
    )
  }
  return parsed.data
}

/** Drops uncoded quotes whose blockquote is no longer in the quotes section (the researcher deleted it). */
export function pruneUncoded(content: PersonaContent): PersonaContent {
  const html = content.sections
    .filter((s) => s.kind === 'quotes')
    .map((s) => s.html)
    .join('')
  return { ...content, uncoded: content.uncoded.filter((q) => html.includes(`data-quote-ref="${q.ref}"`)) }
}

/** Every section's HTML through DOMPurify: a project file may come from anyone. */
export function sanitizeContent(content: PersonaContent): PersonaContent {
  return { ...content, sections: content.sections.map((s) => ({ ...s, html: sanitizeHtml(s.html) })) }
}

function evidenceBySection(db: Database.Database, personaId: number): Map<string, Set<number>> {
  const rows = db.prepare('SELECT section, highlight_id AS h FROM persona_evidence WHERE persona_id = ?').all(personaId) as {
    section: string
    h: number
  }[]
  const out = new Map<string, Set<number>>()
  for (const r of rows) {
    const set = out.get(r.section)
    if (set) set.add(r.h)
    else out.set(r.section, new Set([r.h]))
  }
  return out
}

function toPersona(db: Database.Database, row: Row): Persona {
  const content = parseContent(row)
  const linked = evidenceBySection(db, row.id)
  // Keep the card's citation order; drop what the evidence table no longer has; append new links.
  content.sections = content.sections.map((s) => {
    const have = linked.get(s.id) ?? new Set<number>()
    const kept = s.evidence.filter((h) => have.has(h))
    return { ...s, evidence: [...kept, ...[...have].filter((h) => !kept.includes(h)).sort((a, b) => a - b)] }
  })
  return {
    id: row.id,
    segmentId: row.segment_id,
    name: row.name,
    language: row.language,
    direction: directionOf(row.language),
    content,
    hasImage: row.has_image === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export function getPersona(db: Database.Database, id: number): Persona {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as Row | undefined
  if (!row) throw new NeedleError('not_found', `Persona ${id} does not exist.`)
  return toPersona(db, row)
}

export function listPersonaIds(db: Database.Database): number[] {
  return db.prepare('SELECT id FROM personas ORDER BY id').pluck().all() as number[]
}

export function listPersonas(db: Database.Database): PersonaSummary[] {
  const rows = db.prepare(`${SELECT} ORDER BY id`).all() as Row[]
  const segments = new Map((db.prepare('SELECT id, name FROM segments').all() as { id: number; name: string }[]).map((s) => [s.id, s.name]))
  return rows.map((row) => {
    const content = parseContent(row)
    return {
      id: row.id,
      segmentId: row.segment_id,
      segmentName: row.segment_id != null ? (segments.get(row.segment_id) ?? null) : null,
      name: row.name,
      language: row.language,
      share: content.facts.share,
      n: content.facts.n,
      avatar: content.avatar,
      updatedAt: row.updated_at,
    }
  })
}

/** Writes the card and makes the evidence table hold exactly its sections' citations. */
function writeEvidence(db: Database.Database, personaId: number, content: PersonaContent): void {
  const existing = evidenceBySection(db, personaId)
  const insert = db.prepare("INSERT OR IGNORE INTO persona_evidence (persona_id, highlight_id, section, statement) VALUES (?, ?, ?, '')")
  const known = db.prepare('SELECT 1 FROM highlights WHERE id = ?').pluck()
  for (const s of content.sections) {
    for (const h of s.evidence) {
      if (existing.get(s.id)?.has(h)) continue
      if (!known.get(h)) throw new NeedleError('not_found', `Highlight ${h} does not exist, so it cannot back the section "${s.title}".`)
      insert.run(personaId, h, s.id)
    }
  }
  const ids = new Set(content.sections.map((s) => s.id))
  const drop = db.prepare('DELETE FROM persona_evidence WHERE persona_id = ? AND section = ?')
  for (const section of existing.keys()) if (!ids.has(section)) drop.run(personaId, section)
}

export function insertPersona(
  db: Database.Database,
  input: { segmentId: number | null; name: string; language: PersonaLanguage; content: PersonaContentInput },
  now = new Date().toISOString(),
): number {
  const content = pruneUncoded(sanitizeContent(contentSchema.parse(input.content)))
  return db.transaction(() => {
    const id = Number(
      db
        .prepare('INSERT INTO personas (segment_id, name, language, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(input.segmentId, input.name, input.language, JSON.stringify(content), now, now).lastInsertRowid,
    )
    writeEvidence(db, id, content)
    return id
  })()
}

export function saveContent(
  db: Database.Database,
  id: number,
  patch: { name?: string; language?: PersonaLanguage; content: PersonaContentInput },
): void {
  const content = pruneUncoded(sanitizeContent(contentSchema.parse(patch.content)))
  db.transaction(() => {
    const current = db.prepare('SELECT name, language FROM personas WHERE id = ?').get(id) as
      { name: string; language: PersonaLanguage } | undefined
    if (!current) throw new NeedleError('not_found', `Persona ${id} does not exist.`)
    db.prepare('UPDATE personas SET name = ?, language = ?, content = ?, updated_at = ? WHERE id = ?').run(
      patch.name ?? current.name,
      patch.language ?? current.language,
      JSON.stringify(content),
      new Date().toISOString(),
      id,
    )
    writeEvidence(db, id, content)
  })()
}

export function deletePersona(db: Database.Database, id: number): void {
  const changes = db.prepare('DELETE FROM personas WHERE id = ?').run(id).changes
  if (!changes) throw new NeedleError('not_found', `Persona ${id} does not exist.`)
}

export function setAvatarBytes(db: Database.Database, id: number, bytes: Buffer | null): void {
  db.prepare('UPDATE personas SET avatar = ?, updated_at = ? WHERE id = ?').run(bytes, new Date().toISOString(), id)
}

export function avatarBytes(db: Database.Database, id: number): Buffer | null {
  return (db.prepare('SELECT avatar FROM personas WHERE id = ?').pluck().get(id) as Buffer | null | undefined) ?? null
}

export function addEvidence(db: Database.Database, personaId: number, section: string, highlightId: number, statement: string): void {
  if (!db.prepare('SELECT 1 FROM highlights WHERE id = ?').pluck().get(highlightId)) {
    throw new NeedleError('not_found', `Highlight ${highlightId} does not exist.`)
  }
  db.prepare('INSERT OR IGNORE INTO persona_evidence (persona_id, highlight_id, section, statement) VALUES (?, ?, ?, ?)').run(
    personaId,
    highlightId,
    section,
    statement,
  )
}

/** Removes one statement's link, or every link of the highlight in the section when no statement is given. */
export function removeEvidence(db: Database.Database, personaId: number, section: string, highlightId: number, statement?: string): number {
  return statement === undefined
    ? db
        .prepare('DELETE FROM persona_evidence WHERE persona_id = ? AND section = ? AND highlight_id = ?')
        .run(personaId, section, highlightId).changes
    : db
        .prepare('DELETE FROM persona_evidence WHERE persona_id = ? AND section = ? AND highlight_id = ? AND statement = ?')
        .run(personaId, section, highlightId, statement).changes
}
