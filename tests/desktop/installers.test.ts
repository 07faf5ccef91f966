/**
 * The installer configuration (electron-builder.yml) and the release workflow, checked as far as
 * this machine allows. `electron-builder --dir` cannot run here (it downloads Electron), so these
 * check the configuration against electron-builder's own validator and schema, that every file it
 * names exists and is what it claims (icon sizes), which better-sqlite3 binary each build would
 * ship, that the desktop bundle loads nothing the installers leave out, and that the app finds its
 * root inside an app.asar layout. They cannot prove the installers install, sign or launch.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findAppRoot } from '../../src/main/paths'
import { tempDir } from '../helpers/tmp'
import { ROOT } from './standin/harness'

const require = createRequire(import.meta.url)
// electron-builder's own modules (devDependency) and two of its dependencies.
const yaml = require('js-yaml') as { load(text: string): unknown }
const { minimatch } = require('minimatch') as { minimatch(path: string, pattern: string, options?: object): boolean }
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>
}
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }

interface Config {
  productName: string
  directories: { buildResources: string }
  files: string[]
  asar: boolean
  asarUnpack: string[]
  npmRebuild: boolean
  electronFuses: Record<string, boolean>
  fileAssociations: { ext: string; icon: string; mimeType: string }[]
  mac: {
    icon: string
    target: { target: string; arch: string[] }[]
    extendInfo: { UTExportedTypeDeclarations: { UTTypeIconFile: string }[] }
  }
  win: { icon: string; target: { target: string; arch: string[] }[] }
  linux: { icon: string; target: { target: string; arch: string[] }[] }
  deb: { desktop: { entry: { Exec: string } }; depends: string[] }
}
const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Config
const resources = join(ROOT, config.directories.buildResources)

function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file)
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) }
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own validation, which refuses a misspelt option", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    await expect(validateConfiguration({ ...config, asarr: true }, new DebugLogger(false))).rejects.toThrow(/asarr/)
  })

  it('builds Needle: NSIS, dmg, AppImage and deb; asar with the SQLite binary unpacked; no native rebuild; fuses set', () => {
    expect(config.productName).toBe('Needle')
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis'])
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg'])
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb'])
    expect(config.asar).toBe(true)
    expect(minimatch('node_modules/better-sqlite3/prebuilds/linux-x64.node', config.asarUnpack[0]!, { dot: true })).toBe(true)
    expect(config.npmRebuild).toBe(false)
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true })
    expect(config.deb.desktop.entry.Exec).toMatch(/ %F$/)
    // better-sqlite3's Linux prebuild needs glibc 2.34: apt refuses the .deb on older systems instead of it failing at start.
    expect(config.deb.depends).toContain('libc6 (>= 2.34)')
  })

  it('ships exactly one better-sqlite3 binary per build: its own platform and architecture', () => {
    const prebuilds = readdirSync(join(ROOT, 'node_modules', 'better-sqlite3', 'prebuilds'))
    const exclusion = config.files.find((p) => p.includes('better-sqlite3/prebuilds'))!.slice(1)
    // electron-builder expands ${platform} to the build machine's process.platform (hence one runner
    // per platform in the release workflow) and ${arch} to each target architecture.
    const builds = [
      ...config.win.target.flatMap((t) => t.arch.map((arch) => ['win32', arch])),
      ...config.mac.target.flatMap((t) => t.arch.map((arch) => ['darwin', arch])),
      ...config.linux.target.flatMap((t) => t.arch.map((arch) => ['linux', arch])),
    ]
    for (const [platform, arch] of builds) {
      // electron-builder's own ${platform}/${arch} macros, expanded as the builder would.
      // eslint-disable-next-line no-template-curly-in-string
      const pattern = exclusion.replace('${platform}', platform!).replace('${arch}', arch!)
      const shipped = prebuilds.filter((name) => !minimatch(`node_modules/better-sqlite3/prebuilds/${name}`, pattern, { dot: true }))
      expect(shipped, `${platform}-${arch}`).toEqual([`${platform}-${arch}.node`])
    }
  })

  it('names icons that exist in every size, and a file icon for .needle (with its UTI on macOS)', () => {
    for (const file of [
      config.mac.icon,
      config.win.icon,
      `${config.fileAssociations[0]!.icon}.icns`,
      `${config.fileAssociations[0]!.icon}.ico`,
    ]) {
      expect(existsSync(join(resources, file)), file).toBe(true)
    }
    expect(config.mac.extendInfo.UTExportedTypeDeclarations[0]!.UTTypeIconFile).toBe(`${config.fileAssociations[0]!.icon}.icns`)
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(join(ROOT, config.linux.icon, `${size}x${size}.png`))).toEqual({ width: size, height: size })
    }
    // .ico: a directory of PNGs up to 256 (0 in the entry means 256).
    const ico = readFileSync(join(resources, config.win.icon))
    const count = ico.readUInt16LE(4)
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256)
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256])
    // .icns: typed chunks, the 1024 one (ic10) among them.
    const icns = readFileSync(join(resources, config.mac.icon))
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const types: string[] = []
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) types.push(icns.subarray(at, at + 4).toString('latin1'))
    expect(types).toContain('ic10')
  })

  it('packs what the app loads at run time: the bundle, the sample sources and the window icon', () => {
    const included = (path: string) => config.files.some((p) => !p.startsWith('!') && minimatch(path, p, { dot: true }))
    expect(included('out/main/index.js')).toBe(true)
    expect(included('out/main/sessionWorker.js')).toBe(true)
    expect(included('out/main/exportWorker.js')).toBe(true)
    expect(included('out/renderer/index.html')).toBe(true)
    const sample = readdirSync(join(ROOT, 'resources', 'sample'))
    expect(sample.length).toBeGreaterThan(0)
    expect(included(`resources/sample/${sample[0]}`)).toBe(true)
    expect(included('resources/icons/png/512x512.png')).toBe(true)
    expect(included('src/main/electron/main.ts')).toBe(false)
  })
})

describe('the packaged app', () => {
  const built = existsSync(join(ROOT, 'out', 'main', 'index.js'))
  it.skipIf(!built)('loads none of the CLI-only packages the installers leave out (only on demand)', () => {
    if (!built) console.warn('[installers] skipped: run `npx electron-vite build` first')
    const left = ['tsx', 'playwright-core']
    const staticImports = (file: string) =>
      [...readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s*"([^"]+)";?$|^import\s*"([^"]+)";?$/gm)].map((m) => m[1] ?? m[2]!)
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const spec of staticImports(file)) {
        expect(left, `${file} imports ${spec} at load time`).not.toContain(spec)
        if (spec.startsWith('.')) visit(join(file, '..', spec))
      }
    }
    visit(join(ROOT, 'out', 'main', 'index.js'))
    visit(join(ROOT, 'out', 'main', 'sessionWorker.js'))
    visit(join(ROOT, 'out', 'main', 'exportWorker.js'))
    expect(seen.size).toBeGreaterThan(2)
  })

  it('finds its own root inside app.asar', () => {
    const layout = join(tempDir(), 'Needle', 'resources', 'app.asar')
    mkdirSync(join(layout, 'out', 'main'), { recursive: true })
    writeFileSync(join(layout, 'package.json'), readFileSync(join(ROOT, 'package.json')))
    expect(findAppRoot(join(layout, 'out', 'main'))).toBe(layout)
  })

  it.skipIf(!existsSync(join(ROOT, 'out', 'renderer', 'index.html')))('the browser edition and the window get the icon as favicon', () => {
    const html = readFileSync(join(ROOT, 'out', 'renderer', 'index.html'), 'utf8')
    const href = /<link rel="icon" type="image\/svg\+xml" href="\.\/([^"]+)"/.exec(html)?.[1]
    expect(href).toBeDefined()
    expect(readFileSync(join(ROOT, 'out', 'renderer', href!), 'utf8')).toContain('<title>Needle</title>')
  })
})

describe('the release workflow', () => {
  it('builds on each platform’s own runner when a version tag is pushed', () => {
    const workflow = yaml.load(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } }
      jobs: { installers: { strategy: { matrix: { include: { os: string; target: string }[] } }; steps: { run?: string }[] } }
    }
    expect(workflow.on.push.tags).toEqual(['v*.*.*'])
    const include = workflow.jobs.installers.strategy.matrix.include
    expect(include.map((i) => [i.os.split('-')[0], i.target])).toEqual([
      ['windows', '--win'],
      ['macos', '--mac'],
      ['ubuntu', '--linux'],
    ])
    const runs = workflow.jobs.installers.steps.map((s) => s.run ?? '').join('\n')
    expect(runs).toContain('npx electron-vite build')
    // A GitHub Actions expression, not a JavaScript template.
    // eslint-disable-next-line no-template-curly-in-string
    expect(runs).toContain('npx electron-builder ${{ matrix.target }} --publish never')
  })
})
