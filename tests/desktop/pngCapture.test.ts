/**
 * Persona PNGs from the desktop app: the whole card at twice its CSS size, as the Chromium
 * printer's deviceScaleFactor 2 gives the CLI and the browser edition.
 *
 * printPdf.ts runs here against a stand-in BrowserWindow that models only the geometry Chromium
 * applies (CSS viewport = window content size / zoom factor; capturePage takes a rectangle in window
 * pixels and returns it at the window's device scale factor). It cannot show that Electron's
 * offscreen rendering paints as modelled; it does show which part of the card the code asks for.
 */
import { describe, expect, it, vi } from 'vitest'
import { capturePlan, pageWindowSize } from '../../src/main/electron/captureGeometry'

const CARD_CSS = { a4: { width: 794, height: 1123 }, letter: { width: 816, height: 1056 } }

interface Captured {
  /** The part of the page captured, in CSS pixels. */
  css: { x: number; y: number; width: number; height: number }
  size: { width: number; height: number }
}
const captures: Captured[] = []

vi.mock('electron', () => {
  class Image {
    constructor(public size: { width: number; height: number }) {}
    getSize() {
      return this.size
    }
    resize(size: { width: number; height: number }) {
      return new Image(size)
    }
    toPNG() {
      return Buffer.from(JSON.stringify(this.size))
    }
  }
  class BrowserWindow {
    content: { width: number; height: number }
    zoom: number
    scale: number
    page: 'a4' | 'letter' = 'a4'
    webContents: Record<string, unknown>
    constructor(options: {
      width: number
      height: number
      useContentSize?: boolean
      webPreferences: { zoomFactor?: number; offscreen?: boolean | { deviceScaleFactor?: number } }
    }) {
      this.content = { width: options.width, height: options.height }
      this.zoom = options.webPreferences.zoomFactor ?? 1
      const offscreen = options.webPreferences.offscreen
      this.scale = typeof offscreen === 'object' ? (offscreen.deviceScaleFactor ?? 1) : 1
      // The card documents are sized to their page: A4 is the one with the taller window here.
      this.page = Math.abs(options.width / this.zoom - 816) < 2 || Math.abs(options.width - 816) < 2 ? 'letter' : 'a4'
      // The stand-in webContents reads its window's geometry, as Electron's does.
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      const win = this
      this.webContents = {
        on() {},
        setWindowOpenHandler() {},
        async executeJavaScript(code: string) {
          if (code.includes('fitted')) return true
          // The card is a fixed-size box at the page's top left, whatever the viewport.
          return { x: 0, y: 0, ...CARD_CSS[win.page] }
        },
        async capturePage(rect: { x: number; y: number; width: number; height: number }) {
          const visible = { width: win.content.width / win.zoom, height: win.content.height / win.zoom }
          const css = {
            x: rect.x / win.zoom,
            y: rect.y / win.zoom,
            width: Math.min(rect.width / win.zoom, visible.width - rect.x / win.zoom),
            height: Math.min(rect.height / win.zoom, visible.height - rect.y / win.zoom),
          }
          const size = {
            width: Math.round(Math.min(rect.width, win.content.width) * win.scale),
            height: Math.round(Math.min(rect.height, win.content.height) * win.scale),
          }
          captures.push({ css, size })
          return new Image(size)
        },
      }
    }
    async loadFile() {}
    getContentSize() {
      return [this.content.width, this.content.height]
    }
    setContentSize(width: number, height: number) {
      this.content = { width, height }
    }
    destroy() {}
  }
  return { BrowserWindow }
})

describe('the PNG capture plan', () => {
  it('covers the whole card, whole pixels, at twice its size', () => {
    const window = pageWindowSize({ width: 210, height: 297 })
    expect(window).toEqual({ width: 794, height: 1123 })
    const plan = capturePlan(window, { x: 0.5, y: 10.25, width: 700.3, height: 1000.6 })
    expect(plan.rect).toEqual({ x: 0, y: 10, width: 701, height: 1001 })
    expect(plan.output).toEqual({ width: 1402, height: 2002 })
    expect(plan.window).toEqual(window)
  })

  it('grows the window when the card is taller than the page', () => {
    expect(capturePlan({ width: 794, height: 1123 }, { x: 0, y: 0, width: 794, height: 1300 }).window).toEqual({ width: 794, height: 1300 })
  })
})

describe('capturePngWithElectron (stand-in window)', () => {
  for (const page of ['a4', 'letter'] as const) {
    it(`captures the whole ${page} card at 2×`, async () => {
      const { capturePngWithElectron } = await import('../../src/main/electron/printPdf')
      captures.length = 0
      const png = await capturePngWithElectron({ html: '<p>card</p>', page, selector: '.sheet.card' })
      const card = CARD_CSS[page]
      expect(captures).toHaveLength(1)
      const { css } = captures[0]!
      // The captured region is the card, not its top-left quarter.
      expect(css.x).toBe(0)
      expect(css.y).toBe(0)
      expect(css.width).toBeGreaterThanOrEqual(card.width)
      expect(css.height).toBeGreaterThanOrEqual(card.height)
      expect(JSON.parse(png.toString())).toEqual({ width: card.width * 2, height: card.height * 2 })
    })
  }
})
