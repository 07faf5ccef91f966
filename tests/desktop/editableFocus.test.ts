/**
 * Edit > Undo asks the page whether the focus is in editable text (EDITABLE_FOCUS_PROBE), then runs
 * the field's own undo or the coding undo. The probe runs here in real Chromium (the system's, as
 * the PDF export uses) on the kinds of element Needle's screens have, including a contenteditable
 * like tiptap's; the routing runs against a recording target.
 */
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EDITABLE_FOCUS_PROBE, routeUndo } from '../../src/main/electron/editableFocus'
import { chromiumPath } from '../../src/main/services/exports/personas/chromium'

let browser: Browser
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'], headless: true })
})
afterAll(async () => {
  await browser?.close()
})

const PAGE = `<!doctype html><body>
  <input id="text" type="text" value="memo">
  <input id="search" type="search">
  <input id="readonly" type="text" readonly value="x">
  <input id="check" type="checkbox">
  <textarea id="memo">notes</textarea>
  <div id="editor" contenteditable="true"><p>Persona <b>goal</b></p></div>
  <button id="button">Code</button>
  <div id="reader" tabindex="0">Transcript text the researcher highlights</div>
</body>`

describe('the focus probe in Chromium', () => {
  it.each([
    ['text', true],
    ['search', true],
    ['memo', true],
    ['editor', true],
    ['readonly', false],
    ['check', false],
    ['button', false],
    ['reader', false],
  ])('focus on #%s: editable %s', async (id, editable) => {
    const page = await browser.newPage()
    await page.setContent(PAGE)
    await page.focus(`#${id}`)
    expect(await page.evaluate(EDITABLE_FOCUS_PROBE)).toBe(editable)
    await page.close()
  })

  it('focus inside the rich-text editor (a nested element of a contenteditable) counts as editable', async () => {
    const page = await browser.newPage()
    await page.setContent(PAGE)
    await page.click('#editor b')
    expect(await page.evaluate(EDITABLE_FOCUS_PROBE)).toBe(true)
    await page.close()
  })
})

describe('routeUndo', () => {
  const target = (editable: boolean | Error) => {
    const ran: string[] = []
    return {
      ran,
      target: {
        focusIsEditable: async () => {
          if (editable instanceof Error) throw editable
          return editable
        },
        fieldUndo: () => ran.push('field undo'),
        fieldRedo: () => ran.push('field redo'),
        codingUndo: () => ran.push('coding undo'),
        codingRedo: () => ran.push('coding redo'),
      },
    }
  }

  it('sends Undo to the text field when it has the focus, to the coding history otherwise', async () => {
    const inField = target(true)
    await routeUndo('undo', inField.target)
    await routeUndo('redo', inField.target)
    expect(inField.ran).toEqual(['field undo', 'field redo'])
    const elsewhere = target(false)
    await routeUndo('undo', elsewhere.target)
    expect(elsewhere.ran).toEqual(['coding undo'])
  })

  it('a page that cannot answer (still loading) gets the coding undo, never an error', async () => {
    const loading = target(new Error('Script failed to execute'))
    await routeUndo('undo', loading.target)
    expect(loading.ran).toEqual(['coding undo'])
  })
})
