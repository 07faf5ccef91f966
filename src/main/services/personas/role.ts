/**
 * A persona's one-line role ("Operations manager in logistics"), from what most of its segment's
 * members answered to a job/role question and an industry/sector question, whether the survey
 * stored those answers as attributes or as free-text answers. Nothing else about a person (gender,
 * age, origin) ever goes into the role. Column wording ("(select all that apply)", "::") never
 * reaches it: only answers do, and only short ones.
 */
import type Database from 'better-sqlite3'
import type { PersonaLanguage } from '../../../shared/persona/content'
import { attributeColumns } from '../participants/attributeColumns'

// The words of a role question in the languages survey exports come in (English, Arabic, Spanish, French,
// German). "Trabajo"/"travail" alone are not among them: "what you learnt at work" is no role question.
const ROLE_QUESTION =
  /\b(job|title|role|position|occupation|profession)\b|work you do|kind of work|line of work|وظيف|مسمى|المسمى|مهنة|المهنة|منصب|الدور|طبيعة عملك|\b(cargo|puesto|ocupaci[oó]n|profesi[oó]n)\b|trabajo que haces|tipo de trabajo|\b(poste|fonction|métier)\b|\b(beruf|berufsbezeichnung|tätigkeit)\b/i
const SECTOR_QUESTION =
  /\b(industry|sector|field of work|line of business|type of (company|organi[sz]ation|business))\b|قطاع|مجال العمل|نوع (الشركة|المؤسسة)|\b(industria|sector|secteur|branche)\b/i

/** Answers that say nothing about a role. */
const NOT_AN_ANSWER = /^(n\/?a|none|no|yes|other|-+|\.+|prefer not to say|لا|نعم|أخرى|لا ينطبق)$/i
const ARTEFACT = /::|\(select all that apply\)|select all that apply/i

interface Answer {
  participant: number
  value: string
}

function answersTo(db: Database.Database, question: RegExp, members: ReadonlySet<number>): { question: string; answers: Answer[] }[] {
  const byQuestion = new Map<string, Answer[]>()
  const add = (q: string, participant: number, value: string) => {
    if (!members.has(participant) || !question.test(q)) return
    const list = byQuestion.get(q)
    if (list) list.push({ participant, value })
    else byQuestion.set(q, [{ participant, value }])
  }
  for (const [name, column] of attributeColumns(db, { among: members })) {
    if (column.type === 'date' || column.type === 'number') continue
    for (const [p, value] of column.values) add(name, p, value)
  }
  const documents = db
    .prepare(
      `SELECT d.question AS q, d.participant_id AS p, d.text AS value FROM documents d
        WHERE d.question IS NOT NULL AND d.participant_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.replaces_id = d.id)`,
    )
    .all() as { q: string; p: number; value: string }[]
  for (const r of documents) add(r.q, r.p, r.value)
  // The question most members answered first.
  return [...byQuestion].map(([q, answers]) => ({ question: q, answers })).sort((a, b) => b.answers.length - a.answers.length)
}

/** The most common short answer (compared without case or extra spaces) and its share of the members. */
function modal(answers: Answer[], members: number): { value: string; share: number } | null {
  const counts = new Map<string, { value: string; n: number }>()
  for (const a of answers) {
    const value = a.value.replace(/\s+/g, ' ').trim()
    if (!value || value.length > 48 || NOT_AN_ANSWER.test(value) || ARTEFACT.test(value)) continue
    const key = value.toLocaleLowerCase()
    const c = counts.get(key)
    if (c) c.n++
    else counts.set(key, { value, n: 1 })
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || a.value.localeCompare(b.value))[0]
  return best ? { value: best.value, share: best.n / Math.max(1, members) } : null
}

/** "Operations Manager" reads as a role inside a sentence as "operations manager"; "IT", "CEO" keep their capitals. */
function inSentence(value: string): string {
  return /^\p{Lu}\p{Ll}/u.test(value) ? value.charAt(0).toLocaleLowerCase('en') + value.slice(1) : value
}

/**
 * How members describe themselves when the survey asks no job question (consumer polls): "Do you
 * consider yourself to be a fan of the Star Wars film franchise?", "Are you a member of…?", "هل
 * تعتبر نفسك من محبي القهوة؟". The question's own words after "yourself"/"you" are the role; only
 * a clear yes makes it one ("a lot" counts for a scale such as "How much do you identify as…").
 */
const SELF_DESCRIPTION: RegExp[] = [
  /^(?:do you )?(?:personally )?(?:consider|see|describe) yourself (?:to be |as )?(?:an? )?(.{3,60}?)\s*\??$/i,
  /^(?:do you |how much do you )?(?:personally )?identify (?:yourself )?as (?:an? )?(.{3,60}?)\s*\??$/i,
  /^are you (?:an? )(.{3,60}?)\s*\??$/i,
  /^هل (?:تعتبر|تعتبرين|ترى) نفسك (.{3,60}?)\s*[؟?]?$/,
  /^هل أنت (.{3,60}?)\s*[؟?]?$/,
]
const YES = /^(yes|yes,? (very much|definitely|a lot)|a lot|very much|definitely|نعم|أجل|بالتأكيد|كثيرا|كثيرًا|sí|si|oui|ja)$/i

function selfDescribed(db: Database.Database, members: ReadonlySet<number>, count: number, language: PersonaLanguage): string | null {
  const own = (q: string) => {
    for (const pattern of SELF_DESCRIPTION) {
      // "How much, if at all, do you identify as…": the hedge is no part of the words, nor the answer that
      // SurveyMonkey's one-column-per-answer layout puts after the question ("… — Yes").
      const m = pattern.exec(
        q
          .replace(/\s+/g, ' ')
          .replace(/\s+—\s+[^—]+$/, '')
          .replace(/,? if at all,?/i, '')
          .trim(),
      )
      if (m) return m[1]
    }
    return null
  }
  const asked = /consider yourself|see yourself|describe yourself|identify (yourself )?as|^are you an? |نفسك|^هل أنت/i
  for (const { question, answers } of answersTo(db, asked, members)) {
    const words = own(question)
    // A screening question ("Are you a robot?") says nothing about who anyone is.
    if (!words || /\b(robot|human|bot)\b|روبوت|إنسان/i.test(words)) continue
    const yes = answers.filter((a) => YES.test(a.value.replace(/\s+/g, ' ').trim().replace(/[.!]$/, ''))).length
    // More than half of all members (not of those who answered): the role must speak for the segment.
    if (yes / Math.max(1, count) <= 0.5) continue
    return language === 'ar' ? words : words.charAt(0).toLocaleUpperCase('en') + words.slice(1)
  }
  return null
}

/**
 * The role line, or null when no role question has an answer shared by enough members to speak for
 * the segment (a role a tenth of them share is no profile), nor do most of them describe themselves
 * in words the survey offered.
 */
export function segmentRole(db: Database.Database, memberIds: readonly number[], language: PersonaLanguage): string | null {
  const members = new Set(memberIds)
  const pick = (question: RegExp, minShare: number) => {
    for (const { answers } of answersTo(db, question, members)) {
      const m = modal(answers, memberIds.length)
      if (m && m.share >= minShare) return m.value
    }
    return null
  }
  const role = pick(ROLE_QUESTION, 0.12)
  const sector = pick(SECTOR_QUESTION, 0.25)
  if (!role) return selfDescribed(db, members, memberIds.length, language)
  // "Researcher in research" says nothing twice: a sector whose stem the role already has is left out.
  if (!sector || role.toLocaleLowerCase().includes(sector.toLocaleLowerCase().slice(0, 6))) return role
  // On an Arabic card the answers may be English: each is isolated (FSI … PDI) so that "في" joins them in
  // the card's right-to-left order instead of being pulled into a left-to-right run.
  return language === 'ar' ? `\u2068${role}\u2069 في \u2068${sector}\u2069` : `${role} in ${inSentence(sector)}`
}
