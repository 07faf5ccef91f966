/** Linux file managers pass file:// URIs (the AppImage's %U): they are paths, not names relative to the working folder. */
import { describe, expect, it } from 'vitest'
import { projectPathFromArgv } from '../../src/main/electron/projectArgs'

describe('a project named on the command line', () => {
  it('reads a file:// URI, spaces and Arabic names included', () => {
    expect(projectPathFromArgv(['/opt/Needle/needle', 'file:///home/ana/My%20Study.needle'], '/home/ana')).toBe('/home/ana/My Study.needle')
    const arabic = 'file:///home/ana/' + encodeURIComponent('دراسة.needle')
    expect(projectPathFromArgv(['/opt/Needle/needle', arabic], '/')).toBe('/home/ana/دراسة.needle')
  })

  it('still reads plain paths and skips URIs of other files and flags', () => {
    expect(projectPathFromArgv(['needle', '--no-sandbox', 'study.needle'], '/home/ana')).toBe('/home/ana/study.needle')
    expect(projectPathFromArgv(['needle', 'file:///home/ana/notes.txt'], '/')).toBeNull()
  })
})
