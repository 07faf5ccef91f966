/**
 * Section HTML is sanitised on every export (a project file may come from anyone), and sections seen
 * before are not parsed again: a repeated section must come out exactly as clean as the first time,
 * however it arrives (the same string, an equal string built anew, after many other sections).
 */
import { describe, expect, it } from 'vitest'
import { sanitizeHtml } from '../../src/main/services/personas/sanitize'

const HOSTILE = `<p onclick="steal()">Late <b>deliveries</b><img src="https://tracker.example/x.png" onerror="alert(1)"><script>alert(2)</script></p><a href="javascript:alert(3)">x</a><ul><li data-evil="1" data-highlight-id="12">kept</li></ul>`

function assertClean(html: string) {
  expect(html).not.toMatch(/onclick|onerror|<script|javascript:|tracker\.example|data-evil/)
  expect(html).toContain('data-highlight-id="12"')
  expect(html).toContain('Late <b>deliveries</b>')
}

describe('sanitising a section again', () => {
  it('gives the same clean HTML the first parse gave, for the same and for an equal string', () => {
    const first = sanitizeHtml(HOSTILE)
    assertClean(first)
    expect(sanitizeHtml(HOSTILE)).toBe(first)
    expect(sanitizeHtml(HOSTILE.split('').join(''))).toBe(first)
  })

  it('stays clean after thousands of other sections have passed through', () => {
    const first = sanitizeHtml(HOSTILE)
    for (let i = 0; i < 3000; i++) sanitizeHtml(`<p>Section ${i} <em>${'word '.repeat(400)}</em><script>x()</script></p>`)
    const again = sanitizeHtml(HOSTILE)
    expect(again).toBe(first)
    assertClean(again)
  })
})
