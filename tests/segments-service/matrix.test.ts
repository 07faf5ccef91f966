/**
 * The needs matrix read from a real project file: who a highlight belongs to (the document's
 * participant, or the speaker of the turn it is in; interviewers left out), code frequencies, urgency
 * indicators, and ratings with blanks imputed by the column mean.
 */
import { describe, expect, it } from 'vitest'
import { loadEvidence, urgencyOf } from '../../src/main/services/segments/evidence'
import { buildMatrix } from '../../src/main/services/segments/matrix'
import { makeProject } from './fixture'

function project() {
  return makeProject(
    [
      { label: 'A', ratings: { Speed: [5, 1], Price: [4, null] } },
      {
        label: 'B',
        ratings: { Speed: [3, 3] },
        answers: [
          {
            text: 'Speed matters. Faster routes. Speed again.',
            codes: [
              { words: 'Speed matters', code: 'Speed' },
              { words: 'Speed again', code: 'Speed' },
            ],
          },
        ],
      },
      {
        label: 'C',
        answers: [
          {
            text: 'We must go live by 10 March. The van caught fire.',
            date: '2026-03-01',
            codes: [
              { words: 'by 10 March', code: 'Go-live date', kind: 'deadline', dueDate: '2026-03-10' },
              { words: 'The van caught fire', code: 'Vehicle fire', kind: 'emergency', severity: 3 },
            ],
          },
        ],
      },
      { label: 'Maya', interviewer: true },
    ],
    [
      {
        date: '2026-02-01',
        turns: [
          ['Maya', 'Do you need speed?', [{ words: 'need speed', code: 'Speed' }]],
          ['Dan', 'We need live tracking, really.', [{ words: 'live tracking', code: 'Tracking' }]],
        ],
      },
    ],
  )
}

const row = (m: ReturnType<typeof buildMatrix>, id: number) => {
  const i = m.participants.indexOf(id)
  return Object.fromEntries(m.columns.map((c, j) => [c.label, m.values[i * m.columns.length + j]]))
}

describe('needs matrix', () => {
  it('ratings: one row per rated participant, blanks imputed by the column mean, unrated columns dropped', () => {
    const p = project()
    const m = buildMatrix(loadEvidence(p.session.project!.db), ['ratings'])
    expect(m.participants).toEqual([p.ids.A, p.ids.B])
    expect(m.columns.map((c) => c.label)).toEqual(['importance: Speed', 'satisfaction: Speed', 'importance: Price'])
    expect(row(m, p.ids.A)).toEqual({ 'importance: Speed': 5, 'satisfaction: Speed': 1, 'importance: Price': 4 })
    // B never rated Price: the mean of the answers given (4).
    expect(row(m, p.ids.B)).toEqual({ 'importance: Speed': 3, 'satisfaction: Speed': 3, 'importance: Price': 4 })
    expect(m.imputed).toBe(1)
    // Jaccard's yes/no reading: A finds Speed important and unmet, B does not.
    expect(m.binaryColumns.map((c) => c.label)).toEqual(['unmet: Speed', 'unmet: Price'])
    expect(Array.from(m.presence[0])).toEqual([1, 1])
    expect(Array.from(m.presence[1])).toEqual([0, 0])
  })

  it('codes: highlights count for the answer’s participant or the turn’s speaker; interviewers are left out', () => {
    const p = project()
    const m = buildMatrix(loadEvidence(p.session.project!.db), ['codes'])
    expect(m.participants).toEqual([p.ids.B, p.ids.Dan])
    expect(m.participants).not.toContain(p.ids.Maya)
    expect(row(m, p.ids.B)).toEqual({ 'need: Speed': 2, 'need: Tracking': 0 })
    expect(row(m, p.ids.Dan)).toEqual({ 'need: Speed': 0, 'need: Tracking': 1 })
  })

  it('urgency: deadline and emergency flags, nearest due date, lead time and highest severity', () => {
    const p = project()
    const ev = loadEvidence(p.session.project!.db)
    expect(urgencyOf(ev, ev.row.get(p.ids.C)!)).toEqual({
      hasDeadline: true,
      hasEmergency: true,
      nearestDueDate: '2026-03-10',
      shortestLeadDays: 9,
      highestSeverity: 3,
    })
    const m = buildMatrix(ev, ['urgency'])
    expect(m.participants).toEqual([p.ids.C])
    expect(row(m, p.ids.C)).toEqual({ 'has a deadline': 1, 'has an emergency': 1, 'highest severity': 3, 'days to nearest deadline': 9 })
    // Inputs combine: everyone with any of the evidence is in.
    expect(buildMatrix(ev, ['ratings', 'codes', 'urgency']).participants).toEqual([p.ids.A, p.ids.B, p.ids.C, p.ids.Dan])
  })
})
