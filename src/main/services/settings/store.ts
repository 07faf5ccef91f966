/**
 * User settings (language, theme, coder name, recent projects) in one JSON file under
 * the user's config folder. Written atomically (temp file + rename) so a crash never
 * leaves half a settings file; an unreadable file falls back to defaults.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import type { Settings } from '../../../shared/domain'
import { needleHome } from '../../paths'

const RECENT_MAX = 10

const fileSchema = z.object({
  language: z.enum(['en', 'ar']).catch('en'),
  theme: z.enum(['light', 'dark', 'auto']).catch('auto'),
  coderName: z.string().min(1).max(100).catch(defaultCoder()),
  recent: z.array(z.string()).catch([]),
  window: z
    .object({ x: z.number(), y: z.number(), width: z.number(), height: z.number(), maximized: z.boolean() })
    .partial()
    .optional()
    .catch(undefined),
})
export type StoredSettings = z.infer<typeof fileSchema>

function defaultCoder(): string {
  try {
    return userInfo().username || 'researcher'
  } catch {
    return 'researcher'
  }
}

export class SettingsStore {
  private data: StoredSettings

  constructor(readonly file: string = join(needleHome(), 'settings.json')) {
    let raw: unknown = {}
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'))
    } catch {
      /* first run or unreadable: defaults */
    }
    this.data = fileSchema.parse(typeof raw === 'object' && raw ? raw : {})
  }

  get(): Settings {
    const { language, theme, coderName, recent } = this.data
    return { language, theme, coderName, recent: [...recent] }
  }

  get window(): StoredSettings['window'] {
    return this.data.window
  }

  update(patch: Partial<StoredSettings>): Settings {
    this.data = { ...this.data, ...patch }
    this.save()
    return this.get()
  }

  addRecent(path: string): void {
    this.update({ recent: [path, ...this.data.recent.filter((p) => p !== path)].slice(0, RECENT_MAX) })
  }

  private save(): void {
    mkdirSync(dirname(this.file), { recursive: true })
    const tmp = `${this.file}.${process.pid}.tmp`
    writeFileSync(tmp, JSON.stringify(this.data, null, 2))
    renameSync(tmp, this.file)
  }
}
