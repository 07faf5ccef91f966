/**
 * QDA-XML 1.0 writer: a Bundle as project.qde (with each document as a plain-text source file)
 * or as a .qdc codebook. Positions are written in Unicode code points, end exclusive. What
 * QDA-XML has no element for travels in its generic ones so a round trip keeps it: a code's
 * kind as a Set (Description "Needle code kind: need"), a source of several documents as a
 * Set of TextSources, a participant's memo as a Link from the Case to the Note.
 */
import type { AttributeType } from '../../../../shared/domain'
import type { Bundle } from '../bundle'
import { guidFor } from '../guids'
import { codePointOffsets } from '../offsets'
import { attrs, xmlText } from './xml'

export const KIND_SET = 'Needle code kind: '
export const SOURCE_SET = 'Needle source: '
export const ATTRIBUTE_TYPE = 'Needle attribute type: '
export const PARTICIPANT_MEMO_LINK = 'Needle participant memo'

const VARIABLE_TYPE: Record<AttributeType, string> = { text: 'Text', category: 'Text', number: 'Float', date: 'Date', boolean: 'Boolean' }

export interface WrittenProject {
  /** project.qde in pieces, in order, so it can be streamed into the archive without one huge string. */
  qdeParts: string[]
  /** The whole project.qde (joined on demand). */
  readonly qde: string
  /** File name inside sources/ -> text. */
  files: Map<string, string>
  notes: number
}

export interface ProjectInfo {
  name: string
  /** Seed for GUIDs: the same project exports the same GUIDs. */
  seed: string
  origin: string
}

function variableValue(guid: string, type: AttributeType, value: string): string {
  const ref = `<VariableRef targetGUID="${guid}"/>`
  if (type === 'number' && /^-?\d+(\.\d+)?$/.test(value)) return `<VariableValue>${ref}<FloatValue>${value}</FloatValue></VariableValue>`
  if (type === 'boolean' && /^(true|false)$/i.test(value))
    return `<VariableValue>${ref}<BooleanValue>${value.toLowerCase()}</BooleanValue></VariableValue>`
  if (type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `<VariableValue>${ref}<DateValue>${value}</DateValue></VariableValue>`
  return `<VariableValue>${ref}<TextValue>${xmlText(value)}</TextValue></VariableValue>`
}

function codesXml(bundle: Bundle, guid: (key: string) => string, noteRefs: (key: string) => string, indent: string): string {
  const children = new Map<string | null, Bundle['codes']>()
  const keys = new Set(bundle.codes.map((c) => c.key))
  for (const c of bundle.codes) {
    const parent = c.parentKey && keys.has(c.parentKey) ? c.parentKey : null
    const list = children.get(parent)
    if (list) list.push(c)
    else children.set(parent, [c])
  }
  const seen = new Set<string>()
  const walk = (parent: string | null, depth: number): string =>
    (children.get(parent) ?? [])
      .filter((c) => !seen.has(c.key) && seen.add(c.key))
      .map((c) => {
        const pad = indent + '  '.repeat(depth)
        const inner =
          (c.description ? `<Description>${xmlText(c.description)}</Description>` : '') + noteRefs(c.key) + walk(c.key, depth + 1)
        const open = `${pad}<Code${attrs({ guid: guid(c.key), name: c.name, isCodable: 'true', color: c.color })}`
        return inner ? `${open}>${inner}</Code>\n` : `${open}/>\n`
      })
      .join('')
  return walk(null, 0)
}

function kindSets(bundle: Bundle, guid: (key: string) => string, seed: string, member: (g: string) => string): string {
  const kinds = [...new Set(bundle.codes.map((c) => c.kind))]
  return kinds
    .map(
      (kind) =>
        `    <Set${attrs({ guid: guidFor(seed, 'kind', kind), name: `${kind} codes` })}><Description>${KIND_SET}${kind}</Description>` +
        bundle.codes
          .filter((c) => c.kind === kind)
          .map((c) => member(guid(c.key)))
          .join('') +
        '</Set>\n',
    )
    .join('')
}

export function writeProject(bundle: Bundle, info: ProjectInfo): WrittenProject {
  const seed = info.seed
  const g = (kind: string, key: string) => guidFor(seed, kind, key)
  const codeGuid = (key: string) => g('code', key)
  const userGuid = (name: string) => guidFor('needle-user', name)
  const attrType = new Map(bundle.attributes.map((a) => [a.name, a.type]))

  // Notes first: every memo is a Note, referenced from what it is about.
  const notes: string[] = []
  const refsTo = new Map<string, string[]>()
  const links: string[] = []
  bundle.memos.forEach((m, i) => {
    const guid = g('note', String(i))
    const firstLine = m.text.split('\n')[0].slice(0, 60)
    notes.push(
      `    <Note${attrs({ guid, name: firstLine, creatingUser: m.coder ? userGuid(m.coder) : null })}><PlainTextContent>${xmlText(m.text)}</PlainTextContent></Note>\n`,
    )
    if (m.targetKind === 'participant') {
      links.push(
        `    <Link${attrs({ guid: g('link', String(i)), name: PARTICIPANT_MEMO_LINK, direction: 'OneWay', originGUID: g('case', m.targetKey ?? ''), targetGUID: guid })}/>\n`,
      )
      return
    }
    const target = `${m.targetKind}:${m.targetKey ?? ''}`
    const refs = refsTo.get(target)
    if (refs) refs.push(guid)
    else refsTo.set(target, [guid])
  })
  const noteRefs = (target: string) => (refsTo.get(target) ?? []).map((guid) => `<NoteRef targetGUID="${guid}"/>`).join('')

  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n']
  out.push(
    `<Project xmlns="urn:QDA-XML:project:1.0"${attrs({ name: info.name, origin: info.origin, creationDateTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z') })}>\n`,
  )
  const coders = [
    ...new Set(
      [...bundle.coders, ...bundle.highlights.map((h) => h.coder), ...bundle.memos.map((m) => m.coder)].filter((c): c is string =>
        Boolean(c),
      ),
    ),
  ]
  if (coders.length)
    out.push(`  <Users>\n${coders.map((c) => `    <User${attrs({ guid: userGuid(c), name: c })}/>\n`).join('')}  </Users>\n`)
  if (bundle.codes.length)
    out.push(
      `  <CodeBook>\n    <Codes>\n${codesXml(bundle, codeGuid, (k) => noteRefs(`code:${k}`), '      ')}    </Codes>\n  </CodeBook>\n`,
    )
  if (bundle.attributes.length) {
    out.push('  <Variables>\n')
    for (const a of bundle.attributes) {
      out.push(
        `    <Variable${attrs({ guid: g('variable', a.name), name: a.name, typeOfVariable: VARIABLE_TYPE[a.type] })}><Description>${ATTRIBUTE_TYPE}${a.type}</Description></Variable>\n`,
      )
    }
    out.push('  </Variables>\n')
  }
  const docGuid = (key: string) => g('document', key)
  if (bundle.participants.length) {
    out.push('  <Cases>\n')
    const docsOf = new Map<string, string[]>()
    for (const s of bundle.sources)
      for (const d of s.documents) {
        if (!d.participantKey) continue
        const list = docsOf.get(d.participantKey)
        if (list) list.push(d.key)
        else docsOf.set(d.participantKey, [d.key])
      }
    // A participant's words inside shared transcripts: the selections they said, by guid.
    const saidBy = new Map<string, string[]>()
    const docParticipant = new Map(bundle.sources.flatMap((s) => s.documents.map((d) => [d.key, d.participantKey] as const)))
    bundle.highlights.forEach((h, index) => {
      if (!h.participantKey || docParticipant.get(h.documentKey) === h.participantKey) return
      const said = saidBy.get(h.participantKey)
      if (said) said.push(g('selection', String(index)))
      else saidBy.set(h.participantKey, [g('selection', String(index))])
    })
    for (const p of bundle.participants) {
      const values = Object.entries(p.values)
        .filter(([, v]) => v !== null && v !== '')
        .map(([name, v]) => variableValue(g('variable', name), attrType.get(name) ?? 'text', v as string))
        .join('')
      const sources = (docsOf.get(p.key) ?? []).map((d) => `<SourceRef targetGUID="${docGuid(d)}"/>`).join('')
      const description = p.displayName ? `<Description>${xmlText(p.displayName)}</Description>` : ''
      const selections = (saidBy.get(p.key) ?? []).map((guid) => `<SelectionRef targetGUID="${guid}"/>`).join('')
      out.push(`    <Case${attrs({ guid: g('case', p.key), name: p.label })}>${description}${values}${sources}${selections}</Case>\n`)
    }
    out.push('  </Cases>\n')
  }

  const files = new Map<string, string>()
  const highlightsOf = new Map<string, { h: Bundle['highlights'][number]; index: number }[]>()
  // Appended in place: copying the list for every highlight made export quadratic in a document's highlights.
  bundle.highlights.forEach((h, index) => {
    const list = highlightsOf.get(h.documentKey)
    if (list) list.push({ h, index })
    else highlightsOf.set(h.documentKey, [{ h, index }])
  })
  const documents = bundle.sources.flatMap((s) => s.documents)
  if (documents.length) {
    out.push('  <Sources>\n')
    for (const d of documents) {
      const guid = docGuid(d.key)
      files.set(`${guid}.txt`, d.text)
      const cp = codePointOffsets(d.text)
      const selections = (highlightsOf.get(d.key) ?? [])
        .map(({ h, index }) => {
          const creator = h.coder ? userGuid(h.coder) : null
          const codings = h.codeKeys
            .map(
              (k, i) =>
                `<Coding${attrs({ guid: g('coding', `${index}:${i}`), creatingUser: creator })}><CodeRef targetGUID="${codeGuid(k)}"/></Coding>`,
            )
            .join('')
          const description = h.memo ? `<Description>${xmlText(h.memo)}</Description>` : ''
          return (
            `      <PlainTextSelection${attrs({ guid: g('selection', String(index)), name: d.text.slice(h.start, h.end).slice(0, 60), startPosition: cp[h.start], endPosition: cp[h.end], creatingUser: creator })}>` +
            `${description}${codings}${noteRefs(`highlight:${index}`)}</PlainTextSelection>\n`
          )
        })
        .join('')
      out.push(
        `    <TextSource${attrs({ guid, name: d.title, plainTextPath: `internal://${guid}.txt` })}>\n${selections}${noteRefs(`document:${d.key}`) ? `      ${noteRefs(`document:${d.key}`)}\n` : ''}    </TextSource>\n`,
      )
    }
    out.push('  </Sources>\n')
  }
  if (notes.length) out.push(`  <Notes>\n${notes.join('')}  </Notes>\n`)
  if (links.length) out.push(`  <Links>\n${links.join('')}  </Links>\n`)
  const sets =
    kindSets(bundle, codeGuid, seed, (guid) => `<MemberCode targetGUID="${guid}"/>`) +
    bundle.sources
      .map(
        (s) =>
          `    <Set${attrs({ guid: g('sourceset', s.key), name: s.name || 'Source' })}><Description>${SOURCE_SET}${s.kind}</Description>` +
          s.documents.map((d) => `<MemberSource targetGUID="${docGuid(d.key)}"/>`).join('') +
          '</Set>\n',
      )
      .join('')
  if (sets) out.push(`  <Sets>\n${sets}  </Sets>\n`)
  if (noteRefs('project:')) out.push(`  ${noteRefs('project:')}\n`)
  out.push('</Project>\n')
  return {
    qdeParts: out,
    get qde() {
      return out.join('')
    },
    files,
    notes: notes.length,
  }
}

export function writeCodebook(bundle: Bundle, info: ProjectInfo): string {
  const codeGuid = (key: string) => guidFor(info.seed, 'code', key)
  const sets = kindSets(bundle, codeGuid, info.seed, (guid) => `<MemberCode guid="${guid}"/>`)
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"${attrs({ origin: info.origin })}>\n` +
    `  <Codes>\n${codesXml(bundle, codeGuid, () => '', '    ')}  </Codes>\n` +
    (sets ? `  <Sets>\n${sets}  </Sets>\n` : '') +
    '</CodeBook>\n'
  )
}
