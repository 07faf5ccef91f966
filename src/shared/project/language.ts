/**
 * The project language: the language Needle writes in for a project (segment names, persona
 * drafts, deck labels), distinct from the UI language, which stays the reader's own choice.
 */
export const PROJECT_LANGUAGES = ['en', 'ar'] as const
export type ProjectLanguage = (typeof PROJECT_LANGUAGES)[number]

export interface ProjectLanguageInfo {
  /** The language in force: the researcher's choice, else the detected one. */
  language: ProjectLanguage
  /** What the researcher chose, or null when Needle goes by the content. */
  chosen: ProjectLanguage | null
  /** What the content says (mostly Arabic letters → 'ar'). */
  detected: ProjectLanguage
}

const ARABIC = /\p{Script=Arabic}/gu
const LATIN = /\p{Script=Latin}/gu

/** Arabic and Latin letters in a text (digits, punctuation and other scripts count for neither). */
export function letterCounts(text: string): { arabic: number; latin: number } {
  return { arabic: text.match(ARABIC)?.length ?? 0, latin: text.match(LATIN)?.length ?? 0 }
}

/**
 * 'ar' when Arabic letters outnumber Latin ones across the samples. Letters, not words or samples:
 * an Arabic survey keeps English column names from its export tool and English ids, but its
 * answers and transcripts carry far more letters.
 */
export function detectLanguage(samples: Iterable<string>): ProjectLanguage {
  let arabic = 0
  let latin = 0
  for (const s of samples) {
    const c = letterCounts(s)
    arabic += c.arabic
    latin += c.latin
  }
  return arabic > latin ? 'ar' : 'en'
}
