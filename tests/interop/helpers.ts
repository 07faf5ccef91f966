/** Shared by the interop tests: a coded project with emoji, combining marks and Arabic, xmllint, counts. */
import type Database from 'better-sqlite3'
import { execFileSync, spawnSync } from 'node:child_process'
import { call } from '../../src/main/dispatch'
import type { Session } from '../../src/main/session'
import { project, spanOf, type Fixture } from '../coding/fixture'
import { hasRealData, realFile } from '../helpers/realData'

export const PROJECT_XSD = realFile('refi_qda', 'schemas', 'Project.xsd')
export const CODEBOOK_XSD = realFile('refi_qda', 'schemas', 'Codebook.xsd')
export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0
export const canValidate = hasRealData && hasXmllint
if (!hasXmllint) console.log('[needle tests] xmllint missing: apt-get install -y libxml2-utils (.ci/run installs it)')

/** Validates XML against an XSD with the real xmllint; returns its complaint, or null when valid. */
export function xmllint(xmlPath: string, xsd: string): string | null {
  const r = spawnSync('xmllint', ['--noout', '--schema', xsd, xmlPath], { encoding: 'utf8' })
  return r.status === 0 ? null : r.stderr
}

export function unzipOne(zip: string, entry: string): Buffer {
  return execFileSync('unzip', ['-p', zip, entry], { maxBuffer: 64 * 1024 * 1024 })
}

export function counts(db: Database.Database) {
  const n = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  return {
    sources: n('sources'),
    documents: n('documents'),
    codes: n('codes'),
    highlights: n('highlights'),
    highlightCodes: n('highlight_codes'),
    participants: n('participants'),
    memos: n('memos'),
  }
}

export const TEXTS = {
  emoji: 'Nadia: We need the launch 🚀 by Friday 👍🏽 or the client walks. Mail nadia.k@example.com or call +44 20 7946 0958.',
  combining: 'Omar: The cafe\u0301 rollout needs one login for every re\u0301sume\u0301 we store, before the audit.',
  arabic: 'سارة: نحتاج إلى تسليم سريع قبل نهاية الشهر، والدعم بطيء جداً 😞 عندما يتعطل النظام.',
}

export interface Coded extends Fixture {
  codes: Record<string, number>
}

/** Codes a span as `coder` (the session's coder name switches per call). */
export async function code(f: Fixture, coder: string, doc: number, text: string, phrase: string, codeIds: number[], memo?: string) {
  f.session.coderName = coder
  const { start, end } = spanOf(text, phrase)
  return call(f.session, 'highlights.create', { documentId: doc, start, end, codeIds, ...(memo ? { memo } : {}) })
}

/** Three interviews (emoji, combining marks, Arabic) and a two-answer survey, coded by Amal and Ben, with memos everywhere. */
export async function codedProject(): Promise<Coded> {
  const f = project([
    { text: TEXTS.emoji, title: 'Interview Nadia', participant: 'Nadia', attributes: { plan: 'Pro', seats: '12' } },
    { text: TEXTS.combining, title: 'Interview Omar', participant: 'Omar', attributes: { plan: 'Free' } },
    { text: TEXTS.arabic, title: 'مقابلة سارة', participant: 'Sara', attributes: { plan: 'Pro' } },
    { text: 'Faster exports, please.', kind: 'survey', participant: 'R-17' },
    { text: 'An Arabic interface would help my team.', kind: 'survey', participant: 'R-18' },
  ])
  const c = async (name: string, kind: string, extra: Record<string, unknown> = {}) =>
    (await f.run('codes.create', { name, kind, ...extra } as never)).id
  const needs = await c('Needs', 'theme', { color: '#123456', description: 'What they need' })
  const codes = {
    needs,
    speed: await c('Speed', 'need', { parentId: needs, color: '#4c9f70' }),
    login: await c('Single login', 'need', { parentId: needs, color: '#aa00cc', description: 'SSO' }),
    deadline: await c('Month end', 'deadline', { color: '#e08e2b' }),
    pain: await c('Slow support', 'pain'),
  }
  const [emoji, combining, arabic, survey1] = f.docs
  await code(f, 'Amal', emoji, TEXTS.emoji, 'launch 🚀 by Friday 👍🏽', [codes.speed, codes.deadline], 'urgent launch')
  await code(f, 'Ben', emoji, TEXTS.emoji, 'launch 🚀 by Friday', [codes.speed])
  await code(f, 'Amal', combining, TEXTS.combining, 'one login for every re\u0301sume\u0301', [codes.login])
  await code(f, 'Amal', arabic, TEXTS.arabic, 'تسليم سريع قبل نهاية الشهر', [codes.speed, codes.deadline])
  await code(f, 'Ben', arabic, TEXTS.arabic, 'الدعم بطيء جداً 😞', [codes.pain])
  await code(f, 'Ben', survey1, 'Faster exports, please.', 'Faster exports', [codes.speed])
  f.session.coderName = 'Amal'
  await f.run('memos.save', { targetKind: 'project', text: 'Study of launch deadlines.\nSecond line.' })
  await f.run('memos.save', { targetKind: 'code', targetId: codes.speed, text: 'Anything about pace.' })
  await f.run('memos.save', { targetKind: 'document', targetId: emoji, text: 'Recorded on Zoom.' })
  const participants = f.session.project!.db.prepare('SELECT id FROM participants WHERE label = ?').pluck()
  await f.run('memos.save', { targetKind: 'participant', targetId: participants.get('Sara') as number, text: 'Key account in Riyadh.' })
  return { ...f, codes }
}

export function snapshot(session: Session) {
  const db = session.project!.db
  return {
    codes: db
      .prepare(
        `SELECT c.name, c.kind, c.color, c.description, p.name AS parent FROM codes c LEFT JOIN codes p ON p.id = c.parent_id ORDER BY c.name`,
      )
      .all(),
    highlights: (
      db
        .prepare(
          `SELECT d.title, d.text, h.start, h.end, h.memo, k.name AS coder,
                  (SELECT group_concat(name, '|') FROM (SELECT co.name FROM highlight_codes hc JOIN codes co ON co.id = hc.code_id WHERE hc.highlight_id = h.id ORDER BY co.name)) AS codes
             FROM highlights h JOIN documents d ON d.id = h.document_id LEFT JOIN coders k ON k.id = h.coder_id`,
        )
        .all() as { title: string; text: string; start: number; end: number; memo: string | null; coder: string; codes: string }[]
    )
      .map((h) => ({ document: h.title, text: h.text.slice(h.start, h.end), codes: h.codes, coder: h.coder, memo: h.memo }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    sources: db
      .prepare(
        `SELECT s.name, s.kind, (SELECT group_concat(title, '|') FROM documents WHERE source_id = s.id) AS docs FROM sources s ORDER BY s.name`,
      )
      .all(),
    participants: db
      .prepare(
        `SELECT p.label, (SELECT group_concat(a.name || '=' || pa.value, '|') FROM (SELECT * FROM participant_attributes ORDER BY attribute_id) pa JOIN attributes a ON a.id = pa.attribute_id WHERE pa.participant_id = p.id) AS attrs,
                (SELECT group_concat(title, '|') FROM documents WHERE participant_id = p.id) AS docs
           FROM participants p ORDER BY p.label`,
      )
      .all(),
    memos: db.prepare(`SELECT target_kind AS kind, text FROM memos ORDER BY kind, text`).all(),
  }
}
