/**
 * Where the window reopens: where the user left it, unless that spot is no longer on any
 * display (a monitor was unplugged, resolution changed) — then a default size, centred.
 * Pure geometry, so it is testable without Electron.
 */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface SavedWindow {
  x?: number
  y?: number
  width?: number
  height?: number
  maximized?: boolean
}

export const DEFAULT_SIZE = { width: 1280, height: 820 }
export const MIN_SIZE = { width: 800, height: 560 }
/** At least this much of the title bar must be on a display to count as reachable. */
const GRAB = 64

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  const right = Math.min(a.x + a.width, b.x + b.width)
  const bottom = Math.min(a.y + a.height, b.y + b.height)
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null
}

/** The bounds to open with (position undefined: let the system centre it) and whether to maximise. */
export function restoreBounds(
  saved: SavedWindow | undefined,
  workAreas: Rect[],
): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  const maximized = saved?.maximized === true
  const fits = (n: unknown, min: number): n is number => typeof n === 'number' && Number.isFinite(n) && n >= min && n <= 100_000
  const width = fits(saved?.width, MIN_SIZE.width) ? Math.round(saved!.width!) : DEFAULT_SIZE.width
  const height = fits(saved?.height, MIN_SIZE.height) ? Math.round(saved!.height!) : DEFAULT_SIZE.height
  const { x, y } = saved ?? {}
  if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) {
    const titleBar: Rect = { x: Math.round(x), y: Math.round(y), width, height: 32 }
    const visible = workAreas.some((area) => {
      const o = overlap(titleBar, area)
      return o !== null && o.width >= Math.min(GRAB, width)
    })
    if (visible) {
      // Never larger than the display it is on.
      const area = workAreas.find((a) => overlap(titleBar, a)) ?? workAreas[0]
      return {
        bounds: {
          x: titleBar.x,
          y: titleBar.y,
          width: area ? Math.min(width, area.width) : width,
          height: area ? Math.min(height, area.height) : height,
        },
        maximized,
      }
    }
  }
  const primary = workAreas[0]
  return {
    bounds: { width: primary ? Math.min(width, primary.width) : width, height: primary ? Math.min(height, primary.height) : height },
    maximized,
  }
}
