/**
 * Arabic folding for search, applied identically when indexing and when querying, so a
 * word is found with or without harakat and across spelling variants.
 * FTS5's unicode61 tokenizer does none of this for Arabic (see DEVELOPERS notes), hence here.
 */

// Harakat, Quranic marks, superscript alef, and tatweel.
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g // آ أ إ ٱ ٲ ٳ -> ا
const TA_MARBUTA = /\u0629/g // ة -> ه
const ALEF_MAQSURA = /\u0649/g // ى -> ي
const HAMZA_ON_WAW = /\u0624/g // ؤ -> و
const HAMZA_ON_YA = /\u0626/g // ئ -> ي

/**
 * Letter-level folding. It keeps the string length unchanged except for removed marks,
 * which is why highlights always use offsets into the original text, never into this.
 */
export function foldArabic(text: string): string {
  return text
    .replace(MARKS, '')
    .replace(ALEF_FORMS, '\u0627')
    .replace(TA_MARBUTA, '\u0647')
    .replace(ALEF_MAQSURA, '\u064A')
    .replace(HAMZA_ON_WAW, '\u0648')
    .replace(HAMZA_ON_YA, '\u064A')
}

const ARABIC_WORD = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+/g
// Attached prefixes, longest first: وال، بال، كال، فال، لل، ال، then single و ب.
const PREFIXES = ['\u0648\u0627\u0644', '\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0641\u0627\u0644', '\u0644\u0644', '\u0627\u0644']
const SINGLE = ['\u0648', '\u0628']
const MIN_STEM = 2

/** One attached prefix off the front of a folded word, or the word as it is. */
function stripOnce(word: string): string {
  for (const p of PREFIXES) {
    if (word.startsWith(p) && word.length - p.length >= MIN_STEM) return word.slice(p.length)
  }
  // A single و or ب only when what remains is long enough to be a word of its own.
  for (const p of SINGLE) if (word.startsWith(p) && word.length - 1 > 3) return word.slice(1)
  return word
}

/**
 * Strips the attached article and conjunction/preposition prefixes from one folded word, as
 * often as they apply (وللمدرسة → للمدرسة → مدرسة). Repeating to the end matters for words
 * that themselves begin with و or ب: وظيفة loses its و, so الوظيفة must lose it too after its
 * ال, or the index would hold two different keys for the same word.
 */
export function stripArabicPrefix(word: string): string {
  for (let next = stripOnce(word); next !== word; next = stripOnce(word)) word = next
  return word
}

// Every character foldArabic or ARABIC_WORD touches lies in this block; text without any
// (most English answers) comes out of normaliseForSearch unchanged, so it skips the seven
// regex passes. Importing a large survey indexes hundreds of thousands of such answers.
const ARABIC_BLOCK = /[\u0610-\u06FF]/

/**
 * What normaliseForSearch does, as a number recorded in each project (project_meta
 * 'search_normaliser'). Bump it with any change to what normaliseForSearch returns: a project
 * indexed under another version is re-indexed when it is opened, or search would miss words.
 * 1: folding; 2: stacked prefixes (وللـ); 3: prefixes stripped to the end (الوظيفة = وظيفة).
 */
export const SEARCH_NORMALISER_VERSION = 3

/** The text as the full-text index sees it: folded letters, prefixes removed word by word. */
export function normaliseForSearch(text: string): string {
  if (!ARABIC_BLOCK.test(text)) return text
  return foldArabic(text).replace(ARABIC_WORD, (w) => stripArabicPrefix(w))
}

const RTL_CHARS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g
const LTR_CHARS = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/g

/** A document reads right-to-left when most of its letters are Hebrew or Arabic. */
export function detectDirection(text: string): 'ltr' | 'rtl' {
  return letterDirection(text) ?? 'ltr'
}

/**
 * The direction most of a text's letters are written in, or null when it has none. Unlike the
 * browser's dir="auto" (the first strong character), an Arabic sentence that opens with a Latin
 * brand name ("Shopify ما يشتغل عندنا") stays right-to-left.
 */
export function letterDirection(text: string): 'ltr' | 'rtl' | null {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text
  const rtl = sample.match(RTL_CHARS)?.length ?? 0
  const ltr = sample.match(LTR_CHARS)?.length ?? 0
  if (rtl === 0 && ltr === 0) return null
  return rtl > ltr ? 'rtl' : 'ltr'
}
