// Ubuntu 24.04 (and later) stops unprivileged programs from creating user namespaces unless an
// AppArmor profile allows it, and Electron's sandbox needs one (or a setuid-root chrome-sandbox).
// Electron then aborts before any of Needle's code runs, with only a FATAL line about the sandbox,
// so `npm start` checks first and says what to do. The .deb installs its own AppArmor profile; the
// AppImage and a development checkout do not. Plain JavaScript (start.mjs runs on any Node).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'

const RESTRICT = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns'
const PROFILES = '/etc/apparmor.d'

const realFs = {
  read: (path) => readFileSync(path, 'utf8'),
  stat: (path) => statSync(path),
  list: (dir) => readdirSync(dir),
  exists: (path) => existsSync(path),
}

/** The fix, as lines to print, for the Electron binary at `electron`. */
export function appArmorFix(electron) {
  const sandbox = join(dirname(electron), 'chrome-sandbox')
  return [
    'Ubuntu 24.04 and later: AppArmor stops Electron’s sandbox (unprivileged user namespaces are restricted).',
    'Fix it once, either way:',
    `  1. an AppArmor profile for this Electron (recommended):`,
    `     printf 'abi <abi/4.0>,\\ninclude <tunables/global>\\nprofile needle-electron "${electron}" flags=(unconfined) {\\n  userns,\\n}\\n' | sudo tee ${PROFILES}/needle-electron`,
    `     sudo apparmor_parser -r ${PROFILES}/needle-electron`,
    `  2. or make its sandbox helper setuid root:`,
    `     sudo chown root:root "${sandbox}" && sudo chmod 4755 "${sandbox}"`,
    'Needle will not turn the sandbox off: it is what keeps a malicious file from reaching your system.',
  ]
}

/**
 * Why Electron's sandbox cannot start here, or null when it can (or this is not such a Linux).
 * `fs` is replaceable for tests.
 */
export function appArmorSandboxProblem(electron, platform = process.platform, fs = realFs) {
  if (platform !== 'linux') return null
  let restricted
  try {
    restricted = fs.read(RESTRICT).trim() === '1'
  } catch {
    return null // no such switch: not an AppArmor-restricted kernel
  }
  if (!restricted) return null
  try {
    const st = fs.stat(join(dirname(electron), 'chrome-sandbox'))
    if (st.uid === 0 && (st.mode & 0o4000) !== 0) return null // setuid sandbox helper: no namespaces needed
  } catch {
    /* no helper: only a profile can help */
  }
  try {
    for (const name of fs.list(PROFILES)) {
      const path = join(PROFILES, name)
      try {
        if (fs.read(path).includes(electron)) return null // a profile names this binary
      } catch {
        /* a folder or unreadable: not ours */
      }
    }
  } catch {
    /* no profiles folder */
  }
  return { reason: 'AppArmor blocks Electron’s sandbox on this system', fix: appArmorFix(electron) }
}
