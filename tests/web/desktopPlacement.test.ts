/** The desktop window's placement and the project named on its command line (pure parts, no Electron needed). */
import { describe, expect, it } from 'vitest'
import { projectPathFromArgv } from '../../src/main/electron/projectArgs'
import { DEFAULT_SIZE, restoreBounds } from '../../src/main/electron/windowBounds'

const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1440 }

describe('window placement', () => {
  it('reopens where the user left it', () => {
    expect(restoreBounds({ x: 100, y: 80, width: 1000, height: 700, maximized: false }, [laptop])).toEqual({
      bounds: { x: 100, y: 80, width: 1000, height: 700 },
      maximized: false,
    })
  })

  it('reopens on a second monitor, and maximised when it was', () => {
    expect(restoreBounds({ x: 2000, y: 100, width: 1600, height: 1000, maximized: true }, [laptop, monitorRight])).toEqual({
      bounds: { x: 2000, y: 100, width: 1600, height: 1000 },
      maximized: true,
    })
  })

  it('comes back onto the screen when its monitor is gone', () => {
    const { bounds } = restoreBounds({ x: 2000, y: 100, width: 1600, height: 1000 }, [laptop])
    expect(bounds.x).toBeUndefined()
    expect(bounds.y).toBeUndefined()
    expect(bounds.width).toBeLessThanOrEqual(laptop.width)
  })

  it('does not count a sliver at the edge as visible', () => {
    expect(restoreBounds({ x: 1430, y: 10, width: 1000, height: 700 }, [laptop]).bounds.x).toBeUndefined()
    expect(restoreBounds({ x: 100, y: -500, width: 1000, height: 700 }, [laptop]).bounds.x).toBeUndefined()
  })

  it('uses the default size on first run and for nonsense sizes, never larger than the display', () => {
    expect(restoreBounds(undefined, [monitorRight]).bounds).toEqual(DEFAULT_SIZE)
    expect(restoreBounds({ width: 10, height: Number.NaN }, [monitorRight]).bounds).toEqual(DEFAULT_SIZE)
    expect(restoreBounds(undefined, [{ x: 0, y: 0, width: 1024, height: 700 }]).bounds).toEqual({ width: 1024, height: 700 })
  })
})

describe('project on the command line', () => {
  it('finds the .needle file among Electron and Chromium arguments', () => {
    expect(projectPathFromArgv(['/opt/Needle/needle', '--enable-logging', 'study.needle'], '/home/ana')).toBe('/home/ana/study.needle')
    expect(projectPathFromArgv(['electron', '/work/needle', '/data/Study.NEEDLE'], '/x')).toBe('/data/Study.NEEDLE')
  })

  it('ignores the app folder, flags and other files', () => {
    expect(projectPathFromArgv(['electron', '.', '--inspect=9229', 'notes.txt'])).toBeNull()
    expect(projectPathFromArgv(['/opt/Needle/needle'])).toBeNull()
  })
})
