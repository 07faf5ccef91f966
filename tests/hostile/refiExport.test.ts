/**
 * REFI-QDA export grows with the project, not with its square: ten times the highlights on a
 * document, or ten times the documents of a participant, take about ten times as long to write
 * (each list used to be copied whole for every item added to it). The export streams to disk
 * and reads back whole.
 */
import { describe, expect, it } from 'vitest'
import { emptyBundle, type Bundle } from '../../src/main/services/interop/bundle'
import { writeProject } from '../../src/main/services/interop/qdpx/write'

const INFO = { name: 'big', seed: 'big', origin: 'test' }

/** One participant with `docs` answers, the first of which carries `highlights` codings. */
function bundle(docs: number, highlights: number): Bundle {
  const b = emptyBundle()
  b.codes = [{ key: 'c1', name: 'Proof', kind: 'need', color: '#336699', description: '', parentKey: null }]
  b.participants = [{ key: 'p1', label: 'R1', displayName: null, interviewer: false, values: {} }]
  const text = 'We need proof of delivery before the audit. '.repeat(40)
  b.sources = [
    {
      key: 's1',
      kind: 'survey',
      name: 'survey',
      fileName: null,
      checksum: null,
      encoding: 'utf-8',
      rowCount: docs,
      documents: Array.from({ length: docs }, (_, i) => ({
        key: `d${i}`,
        title: `answer ${i}`,
        text: i === 0 ? text : 'Fine.',
        direction: 'ltr' as const,
        participantKey: 'p1',
        question: 'Q1',
        rowNumber: i + 1,
        occurredAt: null,
        utterances: [],
      })),
    },
  ]
  b.highlights = Array.from({ length: highlights }, (_, i) => ({
    documentKey: 'd0',
    start: i % 1000,
    end: (i % 1000) + 5,
    codeKeys: ['c1'],
    coder: null,
    memo: null,
    dueDate: null,
    severity: null,
    whatHappened: null,
  }))
  return b
}

function timed(b: Bundle) {
  const started = performance.now()
  const written = writeProject(b, INFO)
  return { ms: performance.now() - started, written }
}

describe('REFI-QDA export grows linearly', () => {
  it('ten times the highlights of one document take about ten times as long, not a hundred', () => {
    timed(bundle(1, 2_000)) // warm up
    const small = timed(bundle(1, 8_000))
    const large = timed(bundle(1, 80_000))
    console.log(
      `[refi export] 8,000 highlights ${Math.round(small.ms)} ms, 80,000 ${Math.round(large.ms)} ms: ${(large.ms / small.ms).toFixed(1)}x`,
    )
    expect(large.written.qde.match(/<PlainTextSelection /g)).toHaveLength(80_000)
    expect(large.ms / small.ms).toBeLessThan(30)
  }, 120_000)

  it('ten times the documents of one participant take about ten times as long, not a hundred', () => {
    timed(bundle(2_000, 0))
    const small = timed(bundle(8_000, 0))
    const large = timed(bundle(80_000, 0))
    console.log(
      `[refi export] 8,000 documents ${Math.round(small.ms)} ms, 80,000 ${Math.round(large.ms)} ms: ${(large.ms / small.ms).toFixed(1)}x`,
    )
    expect(large.written.qde.match(/<SourceRef /g)).toHaveLength(80_000)
    expect(large.ms / small.ms).toBeLessThan(30)
  }, 120_000)
})
