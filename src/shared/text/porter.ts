/**
 * The Porter stemmer as SQLite's FTS5 `porter` tokenizer applies it (Martin Porter's published
 * C version, with its bli->ble and logi->log departures). Search re-scans the original text to
 * find where a match sits, and needs to stem words exactly as the index did to agree with it.
 * Like FTS5, tokens shorter than 3 characters pass through; non-ASCII letters count as consonants.
 */

const STEP2: [string, string][] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
]
const STEP3: [string, string][] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
]
const STEP4 = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
]

function isConsonant(w: string, i: number): boolean {
  const c = w[i]
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false
  if (c === 'y') return i === 0 ? true : !isConsonant(w, i - 1)
  return true
}

/** m(): the number of vowel-consonant sequences in w[0..end). */
function measure(w: string, end: number): number {
  let n = 0
  let i = 0
  while (i < end && isConsonant(w, i)) i++
  while (i < end) {
    while (i < end && !isConsonant(w, i)) i++
    if (i >= end) break
    n++
    while (i < end && isConsonant(w, i)) i++
  }
  return n
}

function hasVowel(w: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isConsonant(w, i)) return true
  return false
}

function doubleConsonant(w: string, end: number): boolean {
  return end >= 2 && w[end - 1] === w[end - 2] && isConsonant(w, end - 1)
}

/** *o: the stem ends consonant-vowel-consonant, the last not w, x or y. */
function cvc(w: string, end: number): boolean {
  if (end < 3) return false
  if (!isConsonant(w, end - 1) || isConsonant(w, end - 2) || !isConsonant(w, end - 3)) return false
  const c = w[end - 1]
  return c !== 'w' && c !== 'x' && c !== 'y'
}

function replaceIf(w: string, suffix: string, repl: string, minM: number): string | null {
  if (!w.endsWith(suffix)) return null
  const stem = w.length - suffix.length
  return measure(w, stem) > minM ? w.slice(0, stem) + repl : w
}

export function porterStem(word: string): string {
  if (word.length < 3 || word.length > 64) return word
  let w = word

  // Step 1a
  if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('ies')) w = w.slice(0, -2)
  else if (!w.endsWith('ss') && w.endsWith('s')) w = w.slice(0, -1)

  // Step 1b
  let extra = false
  if (w.endsWith('eed')) {
    if (measure(w, w.length - 3) > 0) w = w.slice(0, -1)
  } else if (w.endsWith('ed') && hasVowel(w, w.length - 2)) {
    w = w.slice(0, -2)
    extra = true
  } else if (w.endsWith('ing') && hasVowel(w, w.length - 3)) {
    w = w.slice(0, -3)
    extra = true
  }
  if (extra) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e'
    else if (doubleConsonant(w, w.length) && !/[lsz]$/.test(w)) w = w.slice(0, -1)
    else if (measure(w, w.length) === 1 && cvc(w, w.length)) w += 'e'
  }

  // Step 1c
  if (w.endsWith('y') && hasVowel(w, w.length - 1)) w = w.slice(0, -1) + 'i'

  // Step 2
  for (const [s, r] of STEP2) {
    if (w.endsWith(s)) {
      w = replaceIf(w, s, r, 0) ?? w
      break
    }
  }
  // Step 3
  for (const [s, r] of STEP3) {
    if (w.endsWith(s)) {
      w = replaceIf(w, s, r, 0) ?? w
      break
    }
  }
  // Step 4: the longest matching suffix decides
  let best = ''
  for (const s of STEP4) if (w.endsWith(s) && s.length > best.length) best = s
  if (best) {
    const stem = w.length - best.length
    const ok = best !== 'ion' || /[st]$/.test(w.slice(0, stem))
    if (ok && measure(w, stem) > 1) w = w.slice(0, stem)
  }
  // Step 5a
  if (w.endsWith('e')) {
    const m = measure(w, w.length - 1)
    if (m > 1 || (m === 1 && !cvc(w, w.length - 1))) w = w.slice(0, -1)
  }
  // Step 5b
  if (w.endsWith('ll') && measure(w, w.length) > 1) w = w.slice(0, -1)
  return w
}
