/**
 * What identifies people in a project, and what each thing becomes in an anonymised copy:
 * participants (label, display name, the labels merged into them, and the parts of their
 * names) become P001, P002…; each value of an identifying attribute becomes "<attribute> n";
 * each source and its file become "interview-01" / "interview-01.vtt"; names the researcher
 * confirmed become "[name n]". One list of terms serves every table, so a name is replaced
 * the same way in a transcript, a memo and a persona's quote.
 */
import type Database from 'better-sqlite3'
import { extname } from 'node:path'
import { isGenericSpeakerLabel } from '../../importers/transcripts/genericSpeakers'
import { readAliases } from '../participants/aliases'
import type { Term } from './anonymiseText'

/** Attribute names that hold who someone is: names, accounts, companies, contacts (English, Arabic, Hebrew). */
const IDENTIFYING =
  /(?<![\p{L}])(?:name|names|full name|first name|last name|surname|account|account id|company|companies|organi[sz]ation|employer|business name|firm|customer|client|e-?mail|phone|mobile|telephone|tel|contact|address|username|user name|handle|id|identifier|customer id|user id)(?![\p{L}])|الاسم|اسم|الشركة|شركة|المؤسسة|الحساب|حساب|البريد|الهاتف|هاتف|جوال|العنوان|שם|חברה|חשבון|טלפון|דוא"ל|אימייל|כתובת/iu

export function identifiesByDefault(attributeName: string): boolean {
  return IDENTIFYING.test(attributeName)
}

export interface AttributeChoice {
  id: number
  name: string
  identifying: boolean
}

/** Every attribute with whether it is identifying: the researcher's choice (by name) when given, else the default. */
export function attributeChoices(db: Database.Database, chosen?: readonly string[]): AttributeChoice[] {
  const wanted = chosen ? new Set(chosen.map((n) => n.trim().toLowerCase())) : null
  return (db.prepare('SELECT id, name FROM attributes ORDER BY id').all() as { id: number; name: string }[]).map((a) => ({
    ...a,
    identifying: wanted ? wanted.has(a.name.toLowerCase()) : identifiesByDefault(a.name),
  }))
}

const BLANK = /^(?:|-+|n\/?a|none|unknown|null|\?+|لا يوجد|غير معروف)$/i

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** "Company name (optional)" -> "Company name": the attribute as a word for its pseudonyms. */
function attributeWord(name: string): string {
  const word = name
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return word || 'Attribute'
}

export interface Plan {
  terms: Term[]
  /** Participant id -> pseudonym. */
  pseudonymOf: Map<number, string>
  /** Identifying attribute id -> (value as stored -> replacement). */
  attributeValues: Map<number, Map<string, string>>
  /** Source id -> new name and file name. */
  sources: Map<number, { name: string; fileName: string | null }>
  /** Lower-cased texts that are replaced anyway, so detection does not list them again. */
  known: Set<string>
}

/** Name parts worth matching alone: capitalised or non-Latin words of three letters or more that are not roles. */
function nameParts(label: string): string[] {
  if (/\d/.test(label) || isGenericSpeakerLabel(label)) return []
  return label
    .replace(/[()[\],|]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length >= 3 && /^(?:\p{Lu}|[\u0600-\u06FF\u0590-\u05FF])/u.test(w) && !isGenericSpeakerLabel(w))
}

export function planReplacements(db: Database.Database, identifying: AttributeChoice[], confirmedNames: readonly string[]): Plan {
  const terms: Term[] = []
  const add = (text: string | null | undefined, replacement: string, kind: Term['kind'], caseSensitive = false) => {
    if (!text || !text.trim()) return
    const t = text.trim()
    terms.push({ text: t, replacement, kind, caseSensitive })
    // Persona cards and memos hold rich text, where "Pedal & Parcel" is written "Pedal &amp; Parcel".
    if (escapeHtml(t) !== t) terms.push({ text: escapeHtml(t), replacement, kind, caseSensitive })
  }

  const pseudonymOf = new Map<number, string>()
  const people = db.prepare('SELECT id, label, display_name AS displayName FROM participants ORDER BY id').all() as {
    id: number
    label: string
    displayName: string | null
  }[]
  people.forEach((p, i) => pseudonymOf.set(p.id, `P${String(i + 1).padStart(3, '0')}`))
  for (const p of people) {
    const pseudonym = pseudonymOf.get(p.id)!
    add(p.label, pseudonym, 'participant')
    add(p.displayName, pseudonym, 'participant')
  }
  for (const [label, id] of Object.entries(readAliases(db))) {
    const pseudonym = pseudonymOf.get(id)
    if (pseudonym) add(label, pseudonym, 'participant')
  }
  // Parts after whole names, so "Dana Levi" wins over "Dana" where both match.
  for (const p of people) {
    for (const part of new Set([...nameParts(p.label), ...nameParts(p.displayName ?? '')]))
      add(part, pseudonymOf.get(p.id)!, 'participant', true)
  }

  const attributeValues = new Map<number, Map<string, string>>()
  const chosen = identifying.filter((a) => a.identifying)
  if (chosen.length > 0) {
    const byId = new Map(chosen.map((a) => [String(a.id), a]))
    const counters = new Map<number, number>()
    for (const attrs of db.prepare('SELECT attrs FROM participant_values ORDER BY participant_id').pluck().iterate() as Iterable<string>) {
      for (const [key, value] of Object.entries(JSON.parse(attrs) as Record<string, string | null>)) {
        const a = byId.get(key)
        if (!a || typeof value !== 'string' || BLANK.test(value.trim())) continue
        const map = attributeValues.get(a.id) ?? new Map<string, string>()
        attributeValues.set(a.id, map)
        if (map.has(value)) continue
        // The same value in another participant's row gets the same replacement, so groups stay groups.
        const same = [...map.entries()].find(([v]) => v.trim().toLowerCase() === value.trim().toLowerCase())
        const n = (counters.get(a.id) ?? 0) + (same ? 0 : 1)
        counters.set(a.id, n)
        const replacement = same ? same[1] : `${attributeWord(a.name)} ${n}`
        map.set(value, replacement)
        add(value, replacement, 'attribute')
      }
    }
  }

  const sources = new Map<number, { name: string; fileName: string | null }>()
  const perKind = new Map<string, number>()
  for (const s of db.prepare('SELECT id, kind, name, file_name AS fileName FROM sources ORDER BY id').all() as {
    id: number
    kind: string
    name: string
    fileName: string | null
  }[]) {
    const n = (perKind.get(s.kind) ?? 0) + 1
    perKind.set(s.kind, n)
    const name = `${s.kind}-${String(n).padStart(2, '0')}`
    const fileName = s.fileName ? `${name}${extname(s.fileName).toLowerCase()}` : null
    sources.set(s.id, { name, fileName })
    if (s.fileName) add(s.fileName, fileName!, 'source')
    add(s.name, name, 'source')
    // "interview-hackney-hare-couriers" also names the file without its extension.
    if (s.fileName && extname(s.fileName)) add(s.fileName.slice(0, -extname(s.fileName).length), name, 'source')
  }

  ;[...new Set(confirmedNames.map((n) => n.trim()).filter(Boolean))].forEach((n, i) => add(n, `[name ${i + 1}]`, 'name'))

  const known = new Set(terms.map((t) => t.text.toLowerCase()))
  return { terms, pseudonymOf, attributeValues, sources, known }
}
