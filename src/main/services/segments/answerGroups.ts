/**
 * SurveyMonkey's "one column per answer" layout read back as the questions it came from. Its
 * exports spread a question over as many columns as it has answers ("Gender — Male", "Gender —
 * Female"; "Which states are in the Midwest? — Iowa", "… — Ohio"), each holding its answer's words
 * (or a 1) when ticked and nothing otherwise; the importer keeps them as "Question — Answer"
 * attributes. Read one by one, each such column has a single value, so none of them can be
 * clustered on and a whole survey looked empty ("Only 0 participants have survey answers"). Read
 * together they are one single-choice question (nobody ticked two) or one multi-select.
 *
 * A group whose columns hold several different values is something else (a matrix of ratings:
 * "How important … — Fast setup" with 1–5) and is left to be read column by column. One-row
 * exports (Typeform) do the same without the question: side-by-side columns named by their option.
 */

const PART = /^(.+?) — (.+)$/
/** What a ticked box holds besides the answer's own words. */
const TICK = /^(1|x|✓|✔|yes|selected|checked|true)$/i

/** One question rebuilt from its columns (an AnswerColumn of kind choice or multi, kept apart from answers.ts so neither imports the other). */
export interface OneHotColumn {
  attributeId: number
  name: string
  kind: 'choice' | 'multi'
  options: string[]
  choice?: Int32Array
  sets?: (number[] | null)[]
}

export interface OneHotInput {
  id: number
  name: string
  values: (string | null)[]
}

/** The questions laid out one column per answer, and the attribute ids they take up. */
export function oneHotQuestions(attrs: readonly OneHotInput[], rows: number): { columns: OneHotColumn[]; consumed: Set<number> } {
  const byQuestion = new Map<string, { id: number; option: string; values: (string | null)[] }[]>()
  for (const a of attrs) {
    const m = PART.exec(a.name)
    if (!m) continue
    const list = byQuestion.get(m[1]) ?? []
    list.push({ id: a.id, option: m[2].trim(), values: a.values })
    byQuestion.set(m[1], list)
  }
  const columns: OneHotColumn[] = []
  const consumed = new Set<number>()
  const add = (question: string, parts: { id: number; option: string; values: (string | null)[] }[]) => {
    // Answers nobody ticked say nothing about anyone.
    const options = parts.filter((p) => p.values.some(ticked))
    if (options.length < 2) return
    const sets: (number[] | null)[] = Array.from({ length: rows }, (_, r) => {
      const s = options.flatMap((p, i) => (ticked(p.values[r]) ? [i] : []))
      return s.length ? s : null
    })
    const labels = options.map((p) => p.option)
    const single = sets.every((s) => s === null || s.length === 1)
    const base = { attributeId: parts[0].id, name: question, options: labels }
    columns.push(
      single ? { ...base, kind: 'choice', choice: Int32Array.from(sets, (s) => (s ? s[0] : -1)) } : { ...base, kind: 'multi', sets },
    )
    for (const p of parts) consumed.add(p.id)
  }
  for (const [question, parts] of byQuestion) if (parts.length >= 2 && parts.every(isTickColumn)) add(question, parts)

  // One-row exports (Typeform and other form tools) name a checkbox column after its option alone and
  // hold that option where it was ticked: a run of such columns side by side is one question, named by
  // its options since the export kept no question.
  let run: OneHotInput[] = []
  const flush = () => {
    if (run.length >= 2)
      add(
        run.map((a) => a.name.trim()).join(' / '),
        run.map((a) => ({ id: a.id, option: a.name.trim(), values: a.values })),
      )
    run = []
  }
  for (const a of attrs) {
    if (!consumed.has(a.id) && !PART.test(a.name) && holdsOwnName(a)) run.push(a)
    else flush()
  }
  flush()
  return { columns, consumed }
}

/** Blank where not ticked and the column's own name where ticked: a checkbox of a one-row export. */
function holdsOwnName(a: OneHotInput): boolean {
  let blanks = 0
  let ticks = 0
  for (const v of a.values) {
    if (!ticked(v)) blanks++
    else if (v!.trim() === a.name.trim()) ticks++
    else return false
  }
  return ticks > 0 && blanks > 0
}

function ticked(v: string | null): boolean {
  return v != null && v.trim() !== ''
}

/** Blank, or blank and one value that is the answer's own words or a tick. */
function isTickColumn(part: { option: string; values: (string | null)[] }): boolean {
  const seen = new Set<string>()
  for (const v of part.values) if (ticked(v)) seen.add(v!.trim())
  // An answer nobody ticked is an empty column of the same layout.
  if (seen.size === 0) return true
  if (seen.size !== 1) return false
  const [only] = seen
  return only === part.option || TICK.test(only)
}
