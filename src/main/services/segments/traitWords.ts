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

/**
 * A question as a topic: no "(0-10)", no question mark, and for a rating the thing rated, every word
 * kept ("Please rate how much you enjoy using R on a scale of 1 to 5, where…" → "How much you enjoy using R").
 */
function topic(q: string): string {
  const rated = /^please rate (.+?)(,)? on a scale\b/i.exec(q)?.[1]
  if (rated) q = rated[0].toUpperCase() + rated.slice(1)
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
        return `${short(f.question)}: '${f.options[0]}' ${pct(f.a)} vs ${pct(f.b)} overall`
    }
  },
  label(f) {
    const t = topic(f.question)
    switch (f.kind) {
      // The statement is what they believe; a strategist quotes it, or its denial.
      case 'agreement':
        return f.more ? t : `Disagree that ${lowerFirst(t)}`
      case 'levels':
        return f.more ? `${t}: ${f.options[f.options.length - 1]}` : `${t}: seldom ${lowerFirst(f.options[f.options.length - 1])}`
      case 'score': {
        const likely = /^how likely are you to (.+)$/i.exec(t)
        if (likely) return `${f.more ? 'Likely' : 'Unlikely'} to ${likely[1]}`
        // A question ("What year did you first start learning R", "How much you enjoy using R") is answered, not called high or low.
        if (/^(what|which|when|how|who|where)\b/i.test(t)) return `${t}: ${Math.abs(f.a) >= 1000 ? Math.round(f.a) : +f.a.toFixed(1)}`
        return `${f.more ? 'High' : 'Low'} ${lowerFirst(t)}`
      }
      // Most of the segment on one side of a year: "2016 or later", "2009 or earlier".
      case 'year':
        return f.more ? `${yearTopic(t)}: ${yearSpan(f)[0]} or later` : `${yearTopic(t)}: ${yearSpan(f)[1]} or earlier`
      case 'option':
        return f.options[0]
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
        return `${f.more ? 'درجة مرتفعة' : 'درجة منخفضة'} في «${t}»`
      case 'year':
        return f.more ? `${yearTopic(t)}: ${yearSpan(f)[0]} أو بعد ذلك` : `${yearTopic(t)}: ${yearSpan(f)[1]} أو قبل ذلك`
      case 'option':
        return f.options[0]
    }
  },
}

export function traitWords(language: ProjectLanguage): TraitWords {
  return language === 'ar' ? ar : en
}
