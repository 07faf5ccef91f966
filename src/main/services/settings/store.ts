/**
 * User settings (language, theme, coder name, recent projects) in one JSON file under
 * the user's settings folder (places.ts). Written atomically (temp file + rename) so a crash never
 * leaves half a settings file; an unreadable or malformed file (not JSON, `[]`, `null`, wrong
 * types) falls back to defaults field by field, so a bad file can never stop the app starting.
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
  pickerDir: z.string().min(1).nullable().catch(null).default(null),
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

/** Whatever the file holds, settings with every field valid: defaults for what is missing or wrong. */
function readSettings(file: string): StoredSettings {
  let raw: unknown = {}
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    /* first run or unreadable: defaults */
  }
  // `[]` or `"x"` is valid JSON but not settings; z.object would throw on it and stop the app.
  const parsed = fileSchema.safeParse(typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {})
  return parsed.success ? parsed.data : fileSchema.parse({})
}

export class SettingsStore {
  private data: StoredSettings

  constructor(readonly file: string = join(needleHome(), 'settings.json')) {
    this.data = readSettings(file)
  }

  /**
   * Reads the file again. The desktop app has two holders of the same file (the window's main
   * thread keeps the window's bounds, the session's worker the rest); each reads before it reads or writes.
   */
  reload(): void {
    this.data = readSettings(this.file)
  }

  get(): Settings {
    const { language, theme, coderName, recent, pickerDir } = this.data
    return { language, theme, coderName, recent: [...recent], pickerDir: pickerDir ?? null }
  }

  get window(): StoredSettings['window'] {
    return this.data.window
  }

  update(patch: Partial<StoredSettings>): Settings {
    this.data = { ...readSettings(this.file), ...patch }
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
