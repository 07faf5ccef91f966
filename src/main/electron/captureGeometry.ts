/**
 * The geometry of a persona PNG from the desktop app, kept apart from Electron so it can be tested.
 *
 * The card is laid out at its page's CSS size (zoom 1, like the PDF), in an offscreen window whose
 * device scale factor is 2: each CSS pixel becomes 2×2 image pixels, as the Chromium printer's
 * deviceScaleFactor 2 does. (Zooming the page to 2 instead halves the CSS viewport, so the card
 * reflows or is clipped and a window of the page's size holds only its top-left quarter.)
 */
export interface Size {
  width: number
  height: number
}
export interface Rect extends Size {
  x: number
  y: number
}

export const PNG_SCALE = 2
const MM_TO_CSS_PX = 96 / 25.4

/** The window's content size in CSS pixels (= DIPs at zoom 1) for a page in millimetres. */
export function pageWindowSize(pageMm: Size): Size {
  return { width: Math.round(pageMm.width * MM_TO_CSS_PX), height: Math.round(pageMm.height * MM_TO_CSS_PX) }
}

export interface CapturePlan {
  /** The content size the window needs so the whole card is painted (grown if the card is taller than the page). */
  window: Size
  /** What to capture, in DIPs of the window (CSS pixels at zoom 1), whole pixels covering the card. */
  rect: Rect
  /** The PNG's size in pixels: the card at PNG_SCALE. */
  output: Size
}

/** From the card's bounding box (CSS pixels, measured in the page) to what to capture. */
export function capturePlan(window: Size, card: Rect, scale = PNG_SCALE): CapturePlan {
  const x = Math.max(0, Math.floor(card.x))
  const y = Math.max(0, Math.floor(card.y))
  const right = Math.ceil(card.x + card.width)
  const bottom = Math.ceil(card.y + card.height)
  const rect = { x, y, width: right - x, height: bottom - y }
  return {
    window: { width: Math.max(window.width, right), height: Math.max(window.height, bottom) },
    rect,
    output: { width: rect.width * scale, height: rect.height * scale },
  }
}
