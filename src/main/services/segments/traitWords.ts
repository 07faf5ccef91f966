/**
 * The words of a segment's traits and of the names made from them, per project language. An Arabic
 * project reads Arabic sentences with Arabic quotation marks and percent sign, not English syntax
 * around Arabic statements.
 */
import type { ProjectLanguage } from '../../../shared/project/language'
import { questionLabel } from './questionLabel'

/** One way a segment differs from everyone on one survey question. */
export interface TraitFact {
  /**
   * agreement: a scale whose top is "agree"; levels: another scale in words; score: a number; year: a
   * calendar year (a and b are medians, never averaged); option: a choice.
   */
  kind: 'agreement' | 'levels' | 'score' | 'year' | 'option'
  question: string
  /** levels: the top two steps; option: the option; else empty. */
  options: string[]
  /** The segment is above everyone (share or mean). */
  more: boolean
  /** The segment's share (or mean, for a score) and everyone's. */
  a: number
  b: number
  /** year: the middle half of the segment's years (first and third quartile). */
  span?: [number, number]
}

export interface TraitWords {
  /** The profile line: "agrees with 'X': 92% vs 31% overall". */
  text(f: TraitFact): string
  /** The words a strategist would call the segment by: "Cost matters more than features". */
  label(f: TraitFact): string
}

/** The question without its instructions ("(select all that apply)", "Choose the statement that…"), clipped at a word. */
function short(q: string): string {
  const t = questionLabel(q)
  if (t.length <= 70) return t
  const cut = t.slice(0, 68)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 50)).trimEnd()}…`
}

/** A question before its answer: "Do you celebrate Thanksgiving? 'Yes'", "Age: 32.1" (never "?:"). */
function asked(q: string): string {
  const s = short(q)
  return /[?؟…]$/.test(s) ? s : `${s}:`
}

/**
 * A question as a topic: no "(0-10)", no question mark, and for a rating the thing rated, every word
 * kept ("Please rate how much you enjoy using R on a scale of 1 to 5, where…" → "How much you enjoy using R").
 */
function topic(q: string): string {
  // One row of a matrix ("Please state whether you view the following characters favorably… — Han Solo"):
  // the row is what the segment's answer is about.
  const row = /\s—\s([^—]+)$/.exec(q)?.[1]
  if (row && row.trim().length >= 2) q = row.trim()
  const rated = /^please rate (.+?)(,)? on a scale\b/i.exec(q)?.[1]
  if (rated) q = rated[0].toUpperCase() + rated.slice(1)
  // A column named for a program ("wellness_program", "anonymity") reads as words.
  if (/^[a-z0-9]+(_[a-z0-9]+)*$/.test(q)) q = capitalise(q.replace(/_/g, ' '))
  // "How much, if at all, do you identify as X?" is answered in degrees: the topic is what they do.
  const degree = /^how much,?(?: if at all,)? do you (.+?)[?؟]?$/i.exec(q)?.[1]
  if (degree) q = capitalise(theirs(degree))
  // "How much do you enjoy R (1-5)?": the question mark first, then the bracket before it.
  return short(
    q
      .replace(/[?؟:]+\s*$/u, '')
      .replace(/\s*\([^)]*\)\s*$/u, '')
      .replace(/[?؟:]+\s*$/u, '')
      .trim(),
  )
}

/** "Reports take too long" → "reports take too long" (but "I plan…" and "API…" keep their capitals). */
function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s
}

/** Answers that mean nothing without their question ("Yes", "Don't know", "Not at all", "A lot"). */
const BARE_OPTION =
  /^(yes|no|maybe|not sure|don'?t know|unsure|other|none|n\/?a|prefer not to (say|answer)|not at all|not much|a little|a lot|some|somewhat|very( much)?|never|rarely|sometimes|often|always|all the time|نعم|لا|ربما|لا أعرف|غير متأكد|أخرى|لا شيء|sí|si|no sé|otro)$/i

/**
 * An option a strategist can say alone: three words or more, two of them words, that describe
 * someone ("Small team, under 10", "I expect it to increase"); not a bare yes, a degree, a place or
 * level in two words ("Middle Atlantic", "Graduate degree") or a range of numbers ("$100,000 to
 * $124,999"), which need their question.
 */
function standsAlone(option: string): boolean {
  const words = option.match(/\p{L}{2,}/gu) ?? []
  const tokens = option.match(/[\p{L}\p{N}][\p{L}\p{N},.'’]*/gu) ?? []
  return !BARE_OPTION.test(option.trim()) && words.length >= 2 && tokens.length >= 3
}

/**
 * Checkbox columns of a one-row export come as one question named by its options ("Route planning /
 * Live tracking / …", answerGroups.ts): there the option is the whole answer and says itself.
 */
function ownQuestion(topic: string, option: string): boolean {
  return topic.split(' / ').includes(option)
}

/** A name's longest part; a longer one is cut at its end (answerProfile.ts traitName). */
export const LABEL_CHARS = 50

/** The question of a "question: answer" label, clipped at a word so the whole label fits a name and the answer always shows. */
function topicBeside(topic: string, option: string): string {
  const room = LABEL_CHARS - option.length - 2
  if (topic.length <= room) return topic
  const cut = topic.slice(0, Math.max(room, 12) - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), cut.length / 2)).trimEnd()}…`
}

/** The respondent's "you" as the segment's "they": "consider yourself a fan of your team" → "consider themselves a fan of their team". */
function theirs(s: string): string {
  return s
    .replace(/\byourselves\b/gi, 'themselves')
    .replace(/\byourself\b/gi, 'themselves')
    .replace(/\byours\b/gi, 'theirs')
    .replace(/\byour\b/gi, 'their')
    .replace(/\byou\b/gi, 'they')
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * A yes/no question answered, as a strategist says it: "Do you celebrate Thanksgiving?" + No →
 * "Don't celebrate Thanksgiving"; "Have you seen any of the films?" + Yes → "Have seen any of the
 * films". Null for questions these few shapes do not cover (the caller says "question: answer").
 */
function yesNo(topic: string, option: string): string | null {
  const answer = /^(yes|no)$/i.exec(option.trim())?.[1].toLowerCase()
  const asked = /^(do|have|are|would|will) you (.+)$/i.exec(topic)
  if (!answer || !asked) return null
  const rest = theirs(asked[2])
  const yes = answer === 'yes'
  switch (asked[1].toLowerCase()) {
    case 'do':
      return yes ? capitalise(rest) : `Don't ${rest}`
    case 'have':
      return yes ? `Have ${rest}` : `Haven't ${rest}`
    case 'are':
      return yes ? capitalise(rest) : `Not ${rest}`
    case 'would':
      return yes ? `Would ${rest}` : `Wouldn't ${rest}`
    default:
      return yes ? `Will ${rest}` : `Won't ${rest}`
  }
}

/**
 * A year question as the short topic a name can carry with its year: "What year did you first start
 * learning R" → "First start learning R", "What year were you born" → "Born", "في أي عام بدأت…" → "بدأت…".
 */
function yearTopic(t: string): string {
  const rest =
    /^(?:in )?(?:what|which) year (?:did|do|were|was|have) you (.+)$/i.exec(t)?.[1] ?? /^(?:في )?(?:أي|اي) (?:عام|سنة) (.+)$/.exec(t)?.[1]
  return rest ? rest[0].toLocaleUpperCase('en') + rest.slice(1) : t
}

/** The middle half of a segment's years, whole years. */
function yearSpan(f: TraitFact): [number, number] {
  const [lo, hi] = f.span ?? [f.a, f.a]
  return [Math.round(lo), Math.round(hi)]
}

const en: TraitWords = {
  text(f) {
    const pct = (x: number) => `${Math.round(x * 100)}%`
    switch (f.kind) {
      case 'agreement':
        return `${f.more ? 'agrees with' : 'seldom agrees with'} '${short(f.question)}': ${pct(f.a)} vs ${pct(f.b)} overall`
      case 'levels':
        return `'${f.options.join("' or '")}': '${short(f.question)}': ${pct(f.a)} vs ${pct(f.b)} overall`
      // A rating is said by what it rates ("How much you enjoy using R"), not by its instructions.
      case 'score':
        return `${topic(f.question)}: ${f.a.toFixed(1)} vs ${f.b.toFixed(1)} overall`
      case 'year':
        return `${topic(f.question)}: median ${Math.round(f.a)} vs ${Math.round(f.b)} overall`
      case 'option':
        return `${asked(f.question)} '${f.options[0]}' ${pct(f.a)} vs ${pct(f.b)} overall`
    }
  },
  label(f) {
    const t = topic(f.question)
    switch (f.kind) {
      // The statement is what they believe; a strategist quotes it, or its denial.
      case 'agreement':
        return f.more ? t : `Disagree that ${lowerFirst(t)}`
      case 'levels': {
        const top = f.options[f.options.length - 1]
        const said = f.more ? top : `seldom ${lowerFirst(top)}`
        return `${topicBeside(t, said)}: ${said}`
      }
      case 'score': {
        const likely = /^how likely are you to (.+)$/i.exec(t)
        if (likely) return `${f.more ? 'Likely' : 'Unlikely'} to ${likely[1]}`
        // A question ("What year did you first start learning R", "How much you enjoy using R") is answered, not called high or low.
        if (/^(what|which|when|how|who|where)\b/i.test(t)) return `${t}: ${Math.abs(f.a) >= 1000 ? Math.round(f.a) : +f.a.toFixed(1)}`
        if (/^age$/i.test(t)) return `${f.more ? 'Older' : 'Younger'}, ${Math.round(f.a)} on average`
        return `${f.more ? 'High' : 'Low'} ${lowerFirst(t)}`
      }
      // Most of the segment on one side of a year: "2016 or later", "2009 or earlier".
      case 'year':
        return f.more ? `${yearTopic(t)}: ${yearSpan(f)[0]} or later` : `${yearTopic(t)}: ${yearSpan(f)[1]} or earlier`
      case 'option':
        return standsAlone(f.options[0]) || ownQuestion(t, f.options[0])
          ? f.options[0]
          : (yesNo(t, f.options[0]) ?? `${topicBeside(t, f.options[0])}: ${f.options[0]}`)
    }
  },
}

const ar: TraitWords = {
  text(f) {
    // The Arabic percent sign, Western digits (as the persona cards print them).
    const pct = (x: number) => `${Math.round(x * 100)}٪`
    const vs = (a: string, b: string) => `${a} مقابل ${b} لدى الجميع`
    switch (f.kind) {
      case 'agreement':
        return `${f.more ? 'يوافقون على' : 'قلّما يوافقون على'} «${short(f.question)}»: ${vs(pct(f.a), pct(f.b))}`
      case 'levels':
        return `«${f.options.join('» أو «')}» في «${short(f.question)}»: ${vs(pct(f.a), pct(f.b))}`
      case 'score':
        return `«${short(f.question)}»: ${vs(f.a.toFixed(1), f.b.toFixed(1))}`
      case 'year':
        return `«${short(f.question)}»: الوسيط ${vs(String(Math.round(f.a)), String(Math.round(f.b)))}`
      case 'option':
        return `«${short(f.question)}»: «${f.options[0]}» ${vs(pct(f.a), pct(f.b))}`
    }
  },
  label(f) {
    const t = topic(f.question)
    switch (f.kind) {
      case 'agreement':
        return f.more ? `يوافقون على «${t}»` : `لا يوافقون على «${t}»`
      case 'levels':
        return `${f.more ? '' : 'نادرًا '}«${f.options[f.options.length - 1]}» في «${t}»`
      case 'score':
        // An age is older or younger, as in English, not a "high score".
        if (/^(العمر|السن|عمرك)$/.test(t)) return `${f.more ? 'أكبر سنًا' : 'أصغر سنًا'}، ${Math.round(f.a)} في المتوسط`
        return `${f.more ? 'درجة مرتفعة' : 'درجة منخفضة'} في «${t}»`
      case 'year':
        return f.more ? `${yearTopic(t)}: ${yearSpan(f)[0]} أو بعد ذلك` : `${yearTopic(t)}: ${yearSpan(f)[1]} أو قبل ذلك`
      case 'option':
        return standsAlone(f.options[0]) || ownQuestion(t, f.options[0])
          ? f.options[0]
          : `«${topicBeside(t, f.options[0])}»: ${f.options[0]}`
    }
  },
}

export function traitWords(language: ProjectLanguage): TraitWords {
  return language === 'ar' ? ar : en
}
