/**
 * `npm start` on Ubuntu 24.04+: AppArmor's restriction on unprivileged user namespaces stops
 * Electron's sandbox, and Electron dies with one FATAL line. The check says so and how to fix it.
 * The file system is replaced by a table (the real /proc switch cannot be set in a test).
 */
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain JavaScript module without types (scripts/ runs on any Node)
import { appArmorSandboxProblem } from '../../scripts/sandboxCheck.mjs'

const ELECTRON = '/home/r/needle/node_modules/electron/dist/electron'

function fakeFs(files: Record<string, string>, sandbox?: { uid: number; mode: number }) {
  return {
    read: (path: string) => {
      if (!(path in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      return files[path]!
    },
    stat: (path: string) => {
      if (!sandbox || !path.endsWith('chrome-sandbox')) throw new Error('ENOENT')
      return sandbox
    },
    list: (dir: string) =>
      Object.keys(files)
        .filter((p) => p.startsWith(dir + '/'))
        .map((p) => p.slice(dir.length + 1)),
    exists: (path: string) => path in files,
  }
}

const RESTRICT = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns'

describe('the AppArmor sandbox check', () => {
  it('names the problem and both fixes on a restricted Ubuntu with a plain chrome-sandbox', () => {
    const problem = appArmorSandboxProblem(ELECTRON, 'linux', fakeFs({ [RESTRICT]: '1\n' }, { uid: 1000, mode: 0o100755 }))
    expect(problem?.reason).toMatch(/AppArmor/)
    const fix = problem!.fix.join('\n')
    expect(fix).toContain(`profile needle-electron "${ELECTRON}"`)
    expect(fix).toContain('userns,')
    expect(fix).toContain('sudo chmod 4755 "/home/r/needle/node_modules/electron/dist/chrome-sandbox"')
  })

  it('is quiet where the sandbox can start', () => {
    expect(appArmorSandboxProblem(ELECTRON, 'linux', fakeFs({ [RESTRICT]: '0\n' }))).toBeNull()
    expect(appArmorSandboxProblem(ELECTRON, 'linux', fakeFs({}))).toBeNull() // older kernels have no switch
    expect(appArmorSandboxProblem(ELECTRON, 'linux', fakeFs({ [RESTRICT]: '1' }, { uid: 0, mode: 0o104755 }))).toBeNull()
    const withProfile = {
      [RESTRICT]: '1',
      '/etc/apparmor.d/needle-electron': `profile needle-electron "${ELECTRON}" flags=(unconfined) { userns, }`,
    }
    expect(appArmorSandboxProblem(ELECTRON, 'linux', fakeFs(withProfile))).toBeNull()
    expect(appArmorSandboxProblem(ELECTRON, 'darwin', fakeFs({ [RESTRICT]: '1' }))).toBeNull()
  })
})
