import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { porterStem } from '../../src/shared/text/porter'
import type { SearchCursor } from '../../src/shared/contract/search'
import { project } from './fixture'

// Same words, written differently: harakat, tatweel, alef forms, ta marbuta, prefixes, emoji.
const AR_PLAIN = 'نحتاج مدرسة قريبة من البيت'
const AR_MARKED = 'نَحْتَاجُ مَدْرَسَةً قَرِيبَةً مِنَ البَيْتِ 🏫'
const AR_PREFIXED = 'قال: والمدرسه بعيدة جداً، وللمدرسة باص واحد فقط'
const AR_TATWEEL = 'المـــدرسة أهم شيء، إن شاء الله'
const AR_ALEF = 'أريد تقريراً شهرياً عن المبيعات'
const AR_ALEF2 = 'اريد تقريرا آخر عن المبيعات'
const EN = [
  'The team needed a faster export. Exports are slow.',
  'We need reliable syncing between devices 👩🏽‍💻 and offline mode.',
  'Billing was confusing; the invoice needs a clearer total.',
]

function fixture() {
  return project([
    { text: AR_PLAIN, participant: 'P1', attributes: { Region: 'Amman' } },
    { text: AR_MARKED, participant: 'P2', attributes: { Region: 'Riyadh' } },
    {
      text: AR_PREFIXED,
      participant: 'P3',
      attributes: { Region: 'amman' },
      utterances: [
        ['Interviewer', 0, 4],
        ['P3', 5, AR_PREFIXED.length],
      ],
    },
    { text: AR_TATWEEL, kind: 'survey' },
    { text: AR_ALEF, kind: 'feedback' },
    { text: AR_ALEF2, kind: 'feedback' },
    ...EN.map((text, i) => ({ text, kind: 'feedback' as const, participant: `C${i}` })),
  ])
}

const matches = (r: { hits: { match: string }[] }) => r.hits.map((h) => h.match)

describe('search.query', () => {
  it('finds the same Arabic documents with and without harakat, tatweel and across alef and ta marbuta forms', async () => {
    const p = fixture()
    const school = [1, 2, 3, 4].map((i) => p.docs[i - 1])
    for (const q of ['مدرسة', 'مَدْرَسَة', 'مدرسه', 'المدرسة', 'والمدرسة', 'مـدرسـة']) {
      const r = await p.run('search.query', { query: q })
      expect(r.total, q).toBe(4)
      expect([...new Set(r.hits.map((h) => h.document))], q).toEqual(school)
    }
    for (const q of ['أريد', 'اريد', 'إريد']) expect((await p.run('search.query', { query: q })).total, q).toBe(2)
    expect((await p.run('search.query', { query: 'تقرير' })).total).toBe(0) // whole words, not substrings
    expect((await p.run('search.query', { query: 'تقرير*' })).total).toBe(2)
  })

  it('finds a word that itself begins with و or ب whether or not an article or conjunction is attached', async () => {
    // وظيفة (a job) and واتساب begin with و; بساطة with ب. Stripping "and"/"with" from the bare
    // word but not after ال once made الوظيفة and وظيفة different words to the index.
    const p = project([
      { text: 'أبحث عن وظيفة قريبة' },
      { text: 'الوظيفة الجديدة متعبة' },
      { text: 'والوظيفة تحتاج سيارة' },
      { text: 'نتواصل عبر الواتساب دائما' },
      { text: 'أرسلها بالواتساب من فضلك' },
      { text: 'أريد واتساب للأعمال' },
      { text: 'البساطة أهم شيء' },
      { text: 'اشرحها ببساطة' },
    ])
    const docs = (r: { hits: { document: number }[] }) => [...new Set(r.hits.map((h) => h.document))]
    for (const q of ['وظيفة', 'الوظيفة', 'والوظيفة']) expect(docs(await p.run('search.query', { query: q })), q).toEqual(p.docs.slice(0, 3))
    for (const q of ['واتساب', 'الواتساب', 'بالواتساب'])
      expect(docs(await p.run('search.query', { query: q })), q).toEqual(p.docs.slice(3, 6))
    for (const q of ['بساطة', 'البساطة', 'ببساطة']) expect(docs(await p.run('search.query', { query: q })), q).toEqual(p.docs.slice(6, 8))
    const r = await p.run('search.query', { query: 'وظيفة' })
    expect(matches(r)).toEqual(['وظيفة', 'الوظيفة', 'والوظيفة'])
  })

  it('returns offsets into the original text that slice exactly the matched word, prefixes and marks included', async () => {
    const p = fixture()
    const r = await p.run('search.query', { query: 'مدرسة' })
    const texts = [AR_PLAIN, AR_MARKED, AR_PREFIXED, AR_TATWEEL]
    for (const h of r.hits) {
      const text = texts[p.docs.indexOf(h.document)]
      expect(text.slice(h.start, h.end)).toBe(h.match)
    }
    expect(matches(r)).toEqual(['مدرسة', 'مَدْرَسَةً', 'والمدرسه', 'وللمدرسة', 'المـــدرسة'])
    const emoji = await p.run('search.query', { query: 'offline' })
    const h = emoji.hits[0]
    expect(EN[1].slice(h.start, h.end)).toBe('offline')
    expect(h.before).toContain('👩🏽‍💻')
    expect(h.snippet).toBe(`${h.before}offline${h.after}`)
  })

  it('stems English, matches phrases and prefixes, and counts documents not hits', async () => {
    const p = fixture()
    const needs = await p.run('search.query', { query: 'needs' })
    expect(needs.total).toBe(3)
    expect(matches(needs)).toEqual(['needed', 'need', 'needs'])
    const exports = await p.run('search.query', { query: 'export' })
    expect(exports.total).toBe(1)
    expect(matches(exports)).toEqual(['export', 'Exports'])
    expect(matches(await p.run('search.query', { query: '"faster export"' }))).toEqual(['faster export'])
    expect((await p.run('search.query', { query: '"export faster"' })).total).toBe(0)
    expect(matches(await p.run('search.query', { query: 'sync*' }))).toEqual(['syncing'])
    expect(matches(await p.run('search.query', { query: 'invoice total' }))).toEqual(['invoice', 'total'])
    expect((await p.run('search.query', { query: 'invoice offline' })).total).toBe(0)
    // FTS5 syntax typed by a user is searched for, never executed.
    expect((await p.run('search.query', { query: 'NEAR(" OR *' })).total).toBe(0)
    await expect(p.run('search.query', { query: '   ' })).rejects.toThrow(/type something/)
  })

  it('pages hits, reports speaker and participant, and filters by source kind, code and participant attribute', async () => {
    const p = fixture()
    const all = await p.run('search.query', { query: 'مدرسة' })
    const page1 = await p.run('search.query', { query: 'مدرسة', limit: 2 })
    const page2 = await p.run('search.query', { query: 'مدرسة', limit: 2, after: page1.next!, count: false })
    const page3 = await p.run('search.query', { query: 'مدرسة', limit: 2, after: page2.next!, count: false })
    expect([page1.more, page2.more, page3.more]).toEqual([true, true, false])
    expect(page3.next).toBeNull()
    // The pages together are the one long listing, hit for hit, even where a page ends inside a document.
    expect([...page1.hits, ...page2.hits, ...page3.hits]).toEqual(all.hits)
    expect(all.hits).toHaveLength(5)
    expect(page1.total).toBe(4)
    expect(page2.total).toBeNull()
    const prefixed = page2.hits.find((h) => h.match === 'والمدرسه')!
    expect(prefixed).toMatchObject({ speaker: 'P3', participant: 'P3', sourceKind: 'interview' })

    expect((await p.run('search.query', { query: 'مدرسة', filters: { sourceKinds: ['survey'] } })).total).toBe(1)
    const amman = await p.run('search.query', { query: 'مدرسة', filters: { participantAttribute: { name: 'region', value: 'AMMAN' } } })
    expect(amman.total).toBe(2)
    const code = await p.run('codes.create', { name: 'School', kind: 'need' })
    await p.run('highlights.create', { documentId: p.docs[1], start: 0, end: 5, codeIds: [code.id] })
    const coded = await p.run('search.query', { query: 'مدرسة', filters: { codeIds: [code.id] } })
    expect(coded.total).toBe(1)
    expect(coded.hits[0].document).toBe(p.docs[1])
  })

  it('resumes a page inside a document after its last hit, never repeating or skipping one', async () => {
    const words = ['one', 'two', 'three', 'four', 'five']
    const p = project([{ text: words.map((w) => `export ${w}`).join(', ') }, { text: 'no match here' }, { text: 'a last export' }])
    const hits = []
    const pages: number[] = []
    let after: SearchCursor | undefined
    for (let more = true; more;) {
      const page = await p.run('search.query', { query: 'export', limit: 2, after, count: after === undefined })
      hits.push(...page.hits)
      pages.push(page.hits.length)
      more = page.more
      after = page.next ?? undefined
    }
    expect(pages).toEqual([2, 2, 2])
    expect(hits.map((h) => h.after.trim().split(/[ ,]/)[0] || h.before.trim())).toEqual([...words, 'a last'])
    expect(hits.map((h) => h.document)).toEqual([p.docs[0], p.docs[0], p.docs[0], p.docs[0], p.docs[0], p.docs[2]])
  })

  it('pages through many documents in import order, each hit with its own speaker or participant', async () => {
    // 30 documents: every third a two-speaker transcript, the rest participants' answers.
    const line = (i: number) => `Speaker intro ${i}. We need the export before Friday, document ${i}.`
    const specs = Array.from({ length: 30 }, (_, i) => {
      const text = line(i)
      return i % 3 === 0
        ? {
            text,
            utterances: [
              ['Moderator', 0, 16],
              [`Guest ${i}`, 17, text.length],
            ] as [string, number, number][],
          }
        : { text, kind: 'survey' as const, participant: `R${i}` }
    })
    const p = project(specs)
    const hits = []
    let after: SearchCursor | undefined
    for (let more = true; more;) {
      const page = await p.run('search.query', { query: 'export', limit: 7, after })
      expect(page.total).toBe(30)
      hits.push(...page.hits)
      more = page.more
      after = page.next ?? undefined
    }
    expect(hits.map((h) => h.document)).toEqual(p.docs)
    hits.forEach((h, i) => {
      expect(h.snippet).toContain(`document ${i}.`)
      if (i % 3 === 0) expect(h).toMatchObject({ speaker: `Guest ${i}`, participant: null, sourceKind: 'interview' })
      else expect(h).toMatchObject({ speaker: null, participant: `R${i}`, sourceKind: 'survey' })
    })
  })
})

describe('search.codeAll and coded segments', () => {
  it('codes every hit in one undoable step and exports the segments', async () => {
    const p = fixture()
    const code = await p.run('codes.create', { name: 'School access', kind: 'need' })
    const existing = await p.run('highlights.create', { documentId: p.docs[0], start: 6, end: 11, codeIds: [], memo: 'note' })
    const r = await p.run('search.codeAll', { query: 'مدرسة', codeId: code.id })
    expect(r).toEqual({ hits: 5, created: 4, added: 1, alreadyCoded: 0 })
    expect((await p.run('codes.list')).find((c) => c.id === code.id)!.count).toBe(5)
    expect((await p.run('undo.state')).undoLabel).toBe('Code all results of “مدرسة” as “School access”')

    const segments = await p.run('coding.segments', { codeIds: [code.id] })
    expect(segments.map((s) => s.text)).toEqual(['مدرسة', 'مَدْرَسَةً', 'والمدرسه', 'وللمدرسة', 'المـــدرسة'])
    expect(segments[0]).toMatchObject({ participant: 'P1', source: 'interview source', after: ' قريبة من البيت' })
    const { csv, rows } = await p.run('coding.segmentsCsv', { codeIds: [code.id] })
    expect(rows).toBe(5)
    expect(csv.split('\r\n')[0]).toBe(
      'codes,source,document,document_id,participant,coder,start,end,text,context,memo,due_date,severity,highlight_ids',
    )
    expect(csv).toContain('وللمدرسة')

    await p.run('undo.undo')
    expect((await p.run('codes.list')).find((c) => c.id === code.id)!.count).toBe(0)
    const kept = await p.run('highlights.list', { documentId: p.docs[0] })
    expect(kept.map((h) => h.id)).toEqual([existing.id])
    await p.run('undo.redo')
    expect((await p.run('codes.list')).find((c) => c.id === code.id)!.count).toBe(5)
  })

  it('lists where two codes co-occur (same highlight or overlapping ones)', async () => {
    const p = fixture()
    const a = await p.run('codes.create', { name: 'Speed', kind: 'need' })
    const b = await p.run('codes.create', { name: 'Export', kind: 'pain' })
    const d = p.docs[6]
    await p.run('highlights.create', { documentId: d, start: 0, end: 33, codeIds: [a.id] })
    await p.run('highlights.create', { documentId: d, start: 16, end: 50, codeIds: [b.id] })
    await p.run('highlights.create', { documentId: p.docs[7], start: 0, end: 10, codeIds: [a.id, b.id] })
    await p.run('highlights.create', { documentId: p.docs[8], start: 0, end: 7, codeIds: [a.id] })
    const both = await p.run('coding.segments', { codeIds: [a.id, b.id] })
    expect(both.map((s) => [s.documentId, s.text])).toEqual([
      [d, EN[0]],
      [p.docs[7], 'We need re'],
    ])
    expect(both[0].highlightIds).toHaveLength(2)
  })
})

describe('stemming agrees with the index', () => {
  it('stems like FTS5 porter for a wide sample of English words', () => {
    const sample =
      'needs needed needing need caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping tanned falling hissing fizzed failing filing happy sky relational conditional rational valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism decisiveness hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible irritant replacement adjustment dependent adoption homologou communism activate angulariti homologous effective bowdlerize probate rate cease controll roll generously organizations reliability customers deliveries onboarding invoices billing cancelled subscription'
    const words = sample.split(' ')
    const db = new Database(':memory:')
    db.exec(
      "CREATE VIRTUAL TABLE f USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2'); CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance');",
    )
    const ins = db.prepare('INSERT INTO f (rowid, body) VALUES (?, ?)')
    words.forEach((w, i) => ins.run(i + 1, w))
    const fts = new Map(
      (db.prepare('SELECT doc, term FROM v').all() as { doc: number; term: string }[]).map((r) => [words[r.doc - 1], r.term]),
    )
    const ours = new Map(words.map((w) => [w, porterStem(w)]))
    expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(fts))
    db.close()
  })
})

describe('locating matches quickly', () => {
  it('finds exactly what walking every word finds', async () => {
    const { locate, locateByWords } = await import('../../src/main/services/search/locate')
    const { parseQuery } = await import('../../src/main/services/search/query')
    const texts = [
      AR_PLAIN,
      AR_MARKED,
      AR_PREFIXED,
      AR_TATWEEL,
      AR_ALEF,
      AR_ALEF2,
      ...EN,
      'Sensibility, possibly; HAPPY happiness — Café cafés naïve NAIVE organizations 𝒳 relational',
    ]
    const queries = [
      'مدرسة',
      'أريد',
      'تقرير*',
      'need',
      'export',
      '"faster export"',
      'sync*',
      'sensibility',
      'possibly',
      'happy',
      'cafe',
      'naïve',
      'organ*',
      'relate',
      '"invoice needs"',
      'بعيدة جدا',
    ]
    for (const text of texts) {
      for (const q of queries) {
        const terms = parseQuery(q).terms
        expect(locate(text, terms), `${q} in ${text}`).toEqual(locateByWords(text, terms))
      }
    }
  })

  it('agrees with walking every word on generated text full of spelling variants', async () => {
    const { locate, locateByWords } = await import('../../src/main/services/search/locate')
    const { parseQuery } = await import('../../src/main/services/search/query')
    // Spellings folding must bring together: harakat, tatweel, alef forms, ta marbuta, attached
    // prefixes, upper case, precomposed and decomposed accents.
    const vocab = [
      'مدرسة',
      'مَدْرَسَة',
      'المدرسة',
      'والمدرسة',
      'للمدرسة',
      'مدرسه',
      'المـدرسة',
      'أريد',
      'اريد',
      'إريد',
      'أُرِيدُ',
      'الفاتورة',
      'بالفاتوره',
      'تقرير',
      'التقارير',
      'وظيفة',
      'الوظيفة',
      'وبالوظيفة',
      'ببساطة',
      'وبالبساطة',
      'Café',
      'CAFE',
      'cafe\u0301s',
      'naïve',
      'NAI\u0308VE',
      'export',
      'Exports',
      'exported',
      'needs',
      'NEED',
      'syncing',
      'Synced',
    ]
    let seed = 11
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
    const queries = [
      'مدرسة',
      'أريد',
      'الفاتورة',
      'تقر*',
      'وظيفة',
      'بساطة',
      'cafe',
      'naive',
      'export*',
      'need',
      'sync*',
      '"export needs"',
      '"والمدرسة أريد"',
    ]
    for (let t = 0; t < 200; t++) {
      const text = Array.from({ length: 30 }, () => vocab[Math.floor(next() * vocab.length)] + (next() < 0.2 ? '.' : '')).join(
        next() < 0.5 ? ' ' : '\n',
      )
      for (const q of queries) {
        const terms = parseQuery(q).terms
        expect(locate(text, terms), `${q} in ${text}`).toEqual(locateByWords(text, terms))
      }
    }
  })
})
