/**
 * QDA-XML 1.0 reader: project.qde (and .qdc codebooks) into a Bundle, from NVivo, ATLAS.ti,
 * MAXQDA, QualCoder or Needle. Positions arrive in Unicode code points and leave in UTF-16
 * code units. What Needle cannot hold is counted for the researcher instead of silently
 * dropped, as the standard asks; sources whose text is not in the archive are listed while
 * everything else is read.
 */
import { createRequire } from 'node:module'
import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import type { AttributeType, CodeKind } from '../../../../shared/domain'
import { CODE_KINDS } from '../../../../shared/domain'
import { NeedleError } from '../../../../shared/errors'
import { detectDirection } from '../../../../shared/text/arabic'
import type { Bundle, BundleCode, BundleDocument, BundleSource } from '../bundle'
import { emptyBundle } from '../bundle'
import { normalGuid } from '../guids'
import { CONVENTION_LABEL, positionMap, readPositions, type PositionReading } from './positions'
import type { Archive } from './archive'
import { countElements, MAX_QDE_BYTES, MAX_QDE_ELEMENTS } from './limits'
import { ATTRIBUTE_TYPE, KIND_SET, PARTICIPANT_MEMO_LINK, SOURCE_SET } from './write'
import { decodeEntities } from './xml'

type Node = Record<string, unknown>

const ARRAYS = new Set([
  'User',
  'Code',
  'Case',
  'Variable',
  'VariableValue',
  'TextSource',
  'PictureSource',
  'PDFSource',
  'AudioSource',
  'VideoSource',
  'PlainTextSelection',
  'Coding',
  'NoteRef',
  'Note',
  'SourceRef',
  'Set',
  'MemberCode',
  'MemberSource',
  'MemberNote',
  'Link',
  'Graph',
  'CodeRef',
])

export interface ReadResult {
  bundle: Bundle
  origin: string | null
  missingSources: string[]
  notImported: { element: string; count: number; note: string }[]
  droppedCodings: number
  /** How each text source's positions were counted, and the codings that may sit on other words. */
  positions: SourcePositions[]
}

export interface SourcePositions {
  source: string
  convention: PositionReading['convention']
  basis: PositionReading['basis']
  /** Codings whose place depends on the counting, as placed: start/end in UTF-16 units and the text they cover. */
  doubtful: { start: number; end: number; text: string }[]
}

function list(node: unknown, key: string): Node[] {
  if (!node || typeof node !== 'object') return []
  const v = (node as Node)[key]
  if (v === undefined || v === null) return []
  return (Array.isArray(v) ? v : [v]).map((x) => (x && typeof x === 'object' ? (x as Node) : {}))
}

function child(node: unknown, key: string): Node | null {
  return list(node, key)[0] ?? null
}

function attr(node: Node | null, name: string): string | null {
  const v = node?.[`@_${name}`]
  return v === undefined || v === null ? null : decodeEntities(String(v))
}

function text(node: unknown, key: string): string | null {
  if (!node || typeof node !== 'object') return null
  const v = (node as Node)[key]
  const first = Array.isArray(v) ? v[0] : v
  if (first === undefined || first === null) return null
  if (typeof first === 'object') {
    const t = (first as Node)['#text']
    return t === undefined ? '' : decodeEntities(String(t))
  }
  return decodeEntities(String(first))
}

export function parseQde(file: string, raw: Uint8Array, rootName: 'Project' | 'CodeBook'): Node {
  const what = rootName === 'Project' ? 'a REFI-QDA project (project.qde)' : 'a REFI-QDA codebook (.qdc)'
  const bad = (why: string) =>
    new NeedleError(
      'unreadable_file',
      `${basename(file)} is not ${what} Needle can read: ${why}. Nothing was imported; export it again from the program that made it.`,
      { file },
    )
  // Measured before the parser builds its tree, so a file too big to parse costs only this scan.
  const tooLarge = (why: string) =>
    new NeedleError(
      'unreadable_file',
      `${basename(file)} cannot be imported: ${why}. Nothing was imported. If the project really is this large, export it in parts (fewer sources per file) from the program that made it.`,
      { file },
    )
  if (raw.length > MAX_QDE_BYTES) throw tooLarge(`its XML is larger than ${MAX_QDE_BYTES / 1024 / 1024} MB`)
  if (countElements(raw, MAX_QDE_ELEMENTS) > MAX_QDE_ELEMENTS)
    throw tooLarge(`its XML holds more than ${MAX_QDE_ELEMENTS.toLocaleString('en')} elements`)
  let xml = new TextDecoder('utf-8').decode(raw)
  if (xml.charCodeAt(0) === 0xfeff) xml = xml.slice(1)
  // QDA-XML never declares entities; a DOCTYPE could only serve entity expansion attacks.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw bad('it declares a DOCTYPE or entities, which QDA-XML never uses')
  // The XML parser loads with the first REFI-QDA project read, not with every command.
  const { XMLParser, XMLValidator } = createRequire(import.meta.url)('fast-xml-parser') as typeof import('fast-xml-parser')
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw bad(`the XML is broken at line ${valid.err.line}, column ${valid.err.col} (${valid.err.msg})`)
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    isArray: (name) => ARRAYS.has(name),
  }).parse(xml) as Node
  const root = parsed[rootName]
  if (!root || typeof root !== 'object') {
    const found = Object.keys(parsed).find((k) => !k.startsWith('?')) ?? 'nothing'
    throw bad(`its root element is <${found}>, not <${rootName}>`)
  }
  return root as Node
}

function decodeText(bytes: Uint8Array): string {
  let t = new TextDecoder('utf-8').decode(bytes)
  if (t.charCodeAt(0) === 0xfeff) t = t.slice(1)
  return t
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex')
}

/** Codes (recursive), with names made unique per kind: Needle's codebook holds one "Other" per kind. */
function readCodes(codesNode: Node | null, kindOf: Map<string, CodeKind>): BundleCode[] {
  const out: BundleCode[] = []
  const taken = new Set<string>()
  const walk = (nodes: Node[], parent: BundleCode | null) => {
    for (const n of nodes) {
      const guid = normalGuid(attr(n, 'guid'))
      const kind = kindOf.get(guid) ?? 'custom'
      let name = (attr(n, 'name') ?? '').trim() || 'Unnamed code'
      if (taken.has(`${kind}:${name.toLowerCase()}`) && parent) name = `${name} (${parent.name})`
      for (let i = 2; taken.has(`${kind}:${name.toLowerCase()}`); i++) name = `${name.replace(/ \(\d+\)$/, '')} (${i})`
      taken.add(`${kind}:${name.toLowerCase()}`)
      const color = attr(n, 'color')
      const code: BundleCode = {
        key: guid || `code${out.length}`,
        name: name.slice(0, 200),
        kind,
        color:
          color && /^#[0-9a-fA-F]{6}$/.test(color)
            ? color.toLowerCase()
            : color && /^#[0-9a-fA-F]{3}$/.test(color)
              ? `#${[...color.slice(1)].map((c) => c + c).join('')}`.toLowerCase()
              : null,
        description: (text(n, 'Description') ?? '').slice(0, 5000),
        parentKey: parent?.key ?? null,
      }
      out.push(code)
      walk(list(n, 'Code'), code)
    }
  }
  walk(list(codesNode, 'Code'), null)
  return out
}

function kindSets(root: Node, memberAttr: 'targetGUID' | 'guid'): Map<string, CodeKind> {
  const kinds = new Map<string, CodeKind>()
  for (const set of list(child(root, 'Sets'), 'Set')) {
    const d = text(set, 'Description') ?? ''
    if (!d.startsWith(KIND_SET)) continue
    const kind = d.slice(KIND_SET.length).trim() as CodeKind
    if (!CODE_KINDS.includes(kind)) continue
    for (const m of list(set, 'MemberCode')) kinds.set(normalGuid(attr(m, memberAttr)), kind)
  }
  return kinds
}

export function readCodebook(file: string, raw: Uint8Array): ReadResult {
  const root = parseQde(file, raw, 'CodeBook')
  const bundle = emptyBundle()
  bundle.codes = readCodes(child(root, 'Codes'), kindSets(root, 'guid'))
  const otherSets = list(child(root, 'Sets'), 'Set').filter((s) => !(text(s, 'Description') ?? '').startsWith(KIND_SET)).length
  return {
    bundle,
    origin: attr(root, 'origin'),
    missingSources: [],
    notImported: otherSets ? [{ element: 'Set', count: otherSets, note: 'code sets are not kept; their codes are' }] : [],
    droppedCodings: 0,
    positions: [],
  }
}

const VARIABLE_TYPES: Record<string, AttributeType> = {
  Text: 'text',
  Boolean: 'boolean',
  Integer: 'number',
  Float: 'number',
  Date: 'date',
  DateTime: 'date',
}

function variableValue(v: Node): string | null {
  for (const k of ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue']) {
    const t = text(v, k)
    if (t !== null) return t
  }
  return null
}

/**
 * GUIDs name things across the whole file: codings point at codes, cases at sources, by GUID.
 * Two elements with one GUID make every reference to it ambiguous, and picking either would
 * attach someone's coding to another document's text; so the file is refused and the
 * duplicates are named, never guessed between.
 */
function refuseDuplicateGuids(file: string, root: Node): void {
  const codes: Node[] = []
  const walk = (nodes: Node[]) => nodes.forEach((n) => (codes.push(n), walk(list(n, 'Code'))))
  walk(list(child(child(root, 'CodeBook'), 'Codes'), 'Code'))
  const sourcesNode = child(root, 'Sources')
  const groups: [string, Node[]][] = [
    ['code', codes],
    ['source', ['TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'].flatMap((k) => list(sourcesNode, k))],
    ['case', list(child(root, 'Cases'), 'Case')],
    ['selection', ['TextSource'].flatMap((k) => list(sourcesNode, k)).flatMap((s) => list(s, 'PlainTextSelection'))],
  ]
  const problems: string[] = []
  const duplicates: { element: string; guid: string; names: string[] }[] = []
  for (const [element, nodes] of groups) {
    const byGuid = new Map<string, string[]>()
    for (const n of nodes) {
      const guid = normalGuid(attr(n, 'guid'))
      if (!guid) continue
      const names = byGuid.get(guid)
      const name = attr(n, 'name') ?? ''
      if (names) names.push(name)
      else byGuid.set(guid, [name])
    }
    for (const [guid, names] of byGuid) {
      if (names.length < 2) continue
      duplicates.push({ element, guid, names })
      if (problems.length < 5)
        problems.push(`${names.length} ${element}s share the GUID ${guid} (${names.map((n) => `"${n}"`).join(', ')})`)
    }
  }
  if (duplicates.length === 0) return
  const more = duplicates.length > problems.length ? `; and ${duplicates.length - problems.length} more` : ''
  throw new NeedleError(
    'conflict',
    `${basename(file)} cannot be imported: ${problems.join('; ')}${more}. A GUID must name one thing, or codings land on the wrong text. Nothing was imported; export the project again from the program that made it, or ask its author to.`,
    { file, duplicates },
  )
}

export function readProject(file: string, raw: Uint8Array, archive: Archive | null): ReadResult {
  const root = parseQde(file, raw, 'Project')
  refuseDuplicateGuids(file, root)
  const bundle = emptyBundle()
  const notImported: ReadResult['notImported'] = []
  const missingSources: string[] = []
  const positions: SourcePositions[] = []
  let droppedCodings = 0
  const origin = attr(root, 'origin')

  const users = new Map<string, string>()
  for (const u of list(child(root, 'Users'), 'User')) {
    const guid = normalGuid(attr(u, 'guid'))
    users.set(guid, (attr(u, 'name') ?? '').trim() || `User ${guid.slice(0, 8)}`)
  }
  const userName = (guid: string | null) => (guid ? (users.get(normalGuid(guid)) ?? null) : null)
  bundle.coders = [...new Set(users.values())]

  bundle.codes = readCodes(child(child(root, 'CodeBook'), 'Codes'), kindSets(root, 'targetGUID'))
  const codeKeys = new Set(bundle.codes.map((c) => c.key))

  // Variables -> attributes.
  const variables = new Map<string, { name: string; type: AttributeType }>()
  for (const v of list(child(root, 'Variables'), 'Variable')) {
    const name = (attr(v, 'name') ?? '').trim()
    if (!name) continue
    const d = text(v, 'Description') ?? ''
    const declared = d.startsWith(ATTRIBUTE_TYPE) ? (d.slice(ATTRIBUTE_TYPE.length).trim() as AttributeType) : null
    const type =
      declared && ['text', 'category', 'number', 'date', 'boolean'].includes(declared)
        ? declared
        : (VARIABLE_TYPES[attr(v, 'typeOfVariable') ?? ''] ?? 'text')
    variables.set(normalGuid(attr(v, 'guid')), { name, type })
  }
  bundle.attributes = [...new Map([...variables.values()].map((v) => [v.name, v])).values()]

  // Notes by GUID; each becomes a memo on whatever refers to it (the project when nothing does).
  const notes = new Map<string, { text: string; coder: string | null }>()
  for (const n of list(child(root, 'Notes'), 'Note')) {
    let body = text(n, 'PlainTextContent')
    const path = attr(n, 'plainTextPath')
    if (body === null && path && archive) {
      const bytes = archive.read(`sources/${path.replace(/^internal:\/\//i, '')}`.toLowerCase())
      body = bytes ? decodeText(bytes) : null
    }
    const name = (attr(n, 'name') ?? '').trim()
    const content = (body ?? '').trim()
    const full = !name || content.startsWith(name) ? content : content ? `${name}\n\n${content}` : name
    if (full) notes.set(normalGuid(attr(n, 'guid')), { text: full.slice(0, 100_000), coder: userName(attr(n, 'creatingUser')) })
  }
  const usedNotes = new Set<string>()
  const memoFor = (node: Node | null, targetKind: Bundle['memos'][number]['targetKind'], targetKey: string | null) => {
    for (const ref of list(node, 'NoteRef')) {
      const guid = normalGuid(attr(ref, 'targetGUID'))
      const note = notes.get(guid)
      if (!note) continue
      usedNotes.add(guid)
      bundle.memos.push({ targetKind, targetKey, text: note.text, coder: note.coder })
    }
  }
  const codeNodes: Node[] = []
  const collect = (nodes: Node[]) => nodes.forEach((n) => (codeNodes.push(n), collect(list(n, 'Code'))))
  collect(list(child(child(root, 'CodeBook'), 'Codes'), 'Code'))
  for (const n of codeNodes) memoFor(n, 'code', normalGuid(attr(n, 'guid')))

  // Sets: Needle's own (code kinds, multi-document sources) are read; others are listed.
  const sourceSets: { name: string; kind: BundleSource['kind']; members: string[] }[] = []
  let otherSets = 0
  for (const set of list(child(root, 'Sets'), 'Set')) {
    const d = text(set, 'Description') ?? ''
    if (d.startsWith(KIND_SET)) continue
    const kind = d.startsWith(SOURCE_SET) ? d.slice(SOURCE_SET.length).trim() : null
    if (kind === 'interview' || kind === 'survey' || kind === 'feedback') {
      sourceSets.push({
        name: attr(set, 'name') ?? 'Source',
        kind,
        members: list(set, 'MemberSource').map((m) => normalGuid(attr(m, 'targetGUID'))),
      })
    } else otherSets++
  }

  // Text sources -> documents.
  const sourcesNode = child(root, 'Sources')
  const documents = new Map<string, BundleDocument & { fileName: string | null; warnings: string[] }>()
  const documentOrder: string[] = []
  for (const s of list(sourcesNode, 'TextSource')) {
    const guid = normalGuid(attr(s, 'guid'))
    const name = (attr(s, 'name') ?? '').trim() || guid
    let body = text(s, 'PlainTextContent')
    const path = attr(s, 'plainTextPath')
    if (body === null && path) {
      const inner = path.replace(/^internal:\/\//i, '')
      const bytes = /^internal:\/\//i.test(path) && archive ? archive.read(`sources/${inner}`.toLowerCase()) : null
      body = bytes ? decodeText(bytes) : null
    }
    const selections = list(s, 'PlainTextSelection')
    const codingsIn = selections.reduce((n, sel) => n + list(sel, 'Coding').length, 0) + list(s, 'Coding').length
    if (body === null) {
      missingSources.push(`${name} (${path ?? attr(s, 'richTextPath') ?? 'no plain text'})`)
      droppedCodings += codingsIn
      continue
    }
    const doc: BundleDocument & { fileName: string | null; warnings: string[] } = {
      key: guid,
      title: name,
      text: body,
      direction: detectDirection(body),
      participantKey: null,
      question: null,
      rowNumber: null,
      occurredAt: null,
      utterances: [],
      fileName: name,
      warnings: [],
    }
    documents.set(guid, doc)
    documentOrder.push(guid)
    memoFor(s, 'document', guid)
    const reading = readPositions(
      body,
      selections.map((sel) => ({
        start: Number(attr(sel, 'startPosition')),
        end: Number(attr(sel, 'endPosition')),
        name: attr(sel, 'name'),
      })),
      origin,
    )
    const units = positionMap(body, reading.convention)
    const doubtful = new Set(reading.doubtful)
    const sourcePositions: SourcePositions = { source: name, convention: reading.convention, basis: reading.basis, doubtful: [] }
    if (reading.basis !== 'same') positions.push(sourcePositions)
    if (reading.basis === 'text' || reading.basis === 'application')
      doc.warnings.push(
        `Positions were read as ${CONVENTION_LABEL[reading.convention]} (decided by ${reading.basis === 'text' ? 'where the selections start and end in the text' : `the exporting application, ${origin}`}).`,
      )
    const place = (sel: Node | null, codings: Node[], start: number, end: number, memo: string | null) => {
      const byCoder = new Map<string, string[]>()
      for (const c of codings) {
        const code = normalGuid(attr(child(c, 'CodeRef'), 'targetGUID'))
        if (!codeKeys.has(code)) {
          droppedCodings++
          continue
        }
        const coder = userName(attr(c, 'creatingUser')) ?? userName(attr(sel, 'creatingUser')) ?? ''
        byCoder.set(coder, [...(byCoder.get(coder) ?? []), code])
      }
      if (byCoder.size === 0 && memo) byCoder.set(userName(attr(sel, 'creatingUser')) ?? '', [])
      let first = true
      for (const [coder, codes] of byCoder) {
        bundle.highlights.push({
          documentKey: guid,
          start,
          end,
          codeKeys: codes,
          coder: coder || null,
          memo: first ? memo : null,
          dueDate: null,
          severity: null,
          whatHappened: null,
        })
        if (first && sel) memoFor(sel, 'highlight', String(bundle.highlights.length - 1))
        first = false
      }
    }
    for (const [index, sel] of selections.entries()) {
      const a = Number(attr(sel, 'startPosition'))
      const b = Number(attr(sel, 'endPosition'))
      const codings = list(sel, 'Coding')
      if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b <= a || b > units.length - 1) {
        droppedCodings += codings.length
        continue
      }
      const memo = (text(sel, 'Description') ?? '').trim() || null
      if (doubtful.has(index))
        sourcePositions.doubtful.push({ start: units[a], end: units[b], text: body.slice(units[a], units[b]).slice(0, 120) })
      place(sel, codings, units[a], units[b], memo)
    }
    if (reading.basis === 'ambiguous') {
      const shown = sourcePositions.doubtful.slice(0, 30).map((d) => `"${d.text.slice(0, 60)}"`)
      doc.warnings.push(
        `Positions in this source could not be told apart (${origin ?? 'unknown application'}): they were read as ${CONVENTION_LABEL[reading.convention]}. ${sourcePositions.doubtful.length} coding(s) may sit on shifted text; check them against the original: ${shown.join(', ')}${sourcePositions.doubtful.length > shown.length ? ', …' : ''}`,
      )
    }
    // Codings of a whole source cover its whole text.
    if (list(s, 'Coding').length && body.length) place(null, list(s, 'Coding'), 0, body.length, null)
    if (list(s, 'VariableValue').length)
      notImported.push({
        element: 'VariableValue on a source',
        count: list(s, 'VariableValue').length,
        note: `${name}: Needle keeps attributes on participants (cases), not on sources`,
      })
  }

  // Cases -> participants, with their variables and the documents they speak in.
  const seenLabels = new Set<string>()
  for (const c of list(child(root, 'Cases'), 'Case')) {
    const guid = normalGuid(attr(c, 'guid'))
    let label = (attr(c, 'name') ?? '').trim() || `Case ${guid.slice(0, 8)}`
    if (seenLabels.has(label)) label = `${label} (${guid.slice(0, 8)})`
    seenLabels.add(label)
    const description = (text(c, 'Description') ?? '').trim()
    const short = description && description.length <= 200 && !description.includes('\n')
    const values: Record<string, string | null> = {}
    for (const vv of list(c, 'VariableValue')) {
      const variable = variables.get(normalGuid(attr(child(vv, 'VariableRef'), 'targetGUID')))
      if (variable) values[variable.name] = variableValue(vv)
    }
    bundle.participants.push({ key: guid, label: label.slice(0, 500), displayName: short ? description : null, interviewer: false, values })
    if (description && !short) bundle.memos.push({ targetKind: 'participant', targetKey: guid, text: description, coder: null })
    for (const ref of list(c, 'SourceRef')) {
      const doc = documents.get(normalGuid(attr(ref, 'targetGUID')))
      if (doc && doc.participantKey === null) doc.participantKey = guid
    }
  }

  // Links: Needle's participant memos are read; other links are listed.
  let otherLinks = 0
  const cases = new Set(bundle.participants.map((p) => p.key))
  for (const l of list(child(root, 'Links'), 'Link')) {
    const origin = normalGuid(attr(l, 'originGUID'))
    const target = normalGuid(attr(l, 'targetGUID'))
    const note = notes.get(target)
    if (attr(l, 'name') === PARTICIPANT_MEMO_LINK && cases.has(origin) && note) {
      usedNotes.add(target)
      bundle.memos.push({ targetKind: 'participant', targetKey: origin, text: note.text, coder: note.coder })
    } else otherLinks++
  }
  memoFor(root, 'project', null)
  for (const [guid, note] of notes)
    if (!usedNotes.has(guid)) bundle.memos.push({ targetKind: 'project', targetKey: null, text: note.text, coder: note.coder })

  // Documents into sources: Needle's source sets group theirs, every other document is its own source.
  const grouped = new Set<string>()
  for (const set of sourceSets) {
    const docs = set.members.map((m) => documents.get(m)).filter((d): d is NonNullable<typeof d> => Boolean(d) && !grouped.has(d!.key))
    if (docs.length === 0) continue
    docs.forEach((d) => grouped.add(d.key))
    bundle.sources.push({
      key: `set:${set.name}:${bundle.sources.length}`,
      kind: set.kind,
      name: set.name,
      fileName: null,
      checksum: null,
      encoding: 'utf-8',
      rowCount: null,
      documents: docs,
      warnings: docs.flatMap((d) => d.warnings.map((w) => `${d.title}: ${w}`)),
    })
  }
  for (const key of documentOrder) {
    if (grouped.has(key)) continue
    const d = documents.get(key)!
    bundle.sources.push({
      key: `src:${key}`,
      kind: 'interview',
      name: d.title,
      fileName: d.fileName,
      checksum: sha256(d.text),
      encoding: 'utf-8',
      rowCount: null,
      documents: [d],
      warnings: d.warnings,
    })
  }

  const count = (element: string, note: string, n: number) => n > 0 && notImported.push({ element, count: n, note })
  count('PictureSource', 'pictures and their codings', list(sourcesNode, 'PictureSource').length)
  count('PDFSource', 'PDF documents and their codings', list(sourcesNode, 'PDFSource').length)
  count('AudioSource', 'audio recordings, their transcripts and codings', list(sourcesNode, 'AudioSource').length)
  count('VideoSource', 'video recordings, their transcripts and codings', list(sourcesNode, 'VideoSource').length)
  count('Set', 'sets of codes or sources; their members are imported', otherSets)
  count('Graph', 'graphs (network views)', list(child(root, 'Graphs'), 'Graph').length)
  count('Link', 'links between items', otherLinks)
  return { bundle, origin, missingSources, notImported, droppedCodings, positions }
}
