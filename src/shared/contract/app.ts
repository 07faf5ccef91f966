import { z } from 'zod'
import type { AppState, DirListing, LocatedPath, ProjectSummary, Settings } from '../domain'
import { PROJECT_LANGUAGES } from '../project/language'
import { channel, filePath, none, pathOnly } from './channel'

export const appChannels = {
  'app.state': channel<AppState>()(none),
  'settings.update': channel<Settings>()(
    z
      .object({
        language: z.enum(['en', 'ar']).optional(),
        theme: z.enum(['light', 'dark', 'auto']).optional(),
        coderName: z.string().trim().min(1).max(100).optional(),
        pickerDir: filePath.optional(),
      })
      .strict(),
  ),
  /** Desktop edition: a native open/save dialog; the chosen paths, or none when cancelled. */
  'dialog.pick': channel<{ paths: string[] }>()(
    z
      .object({
        mode: z.enum(['open', 'save']),
        title: z.string().max(200).optional(),
        filters: z
          .array(z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[\w*]{1,10}$/)).max(20) }).strict())
          .max(10)
          .optional(),
        multiple: z.boolean().optional(),
        defaultPath: filePath.optional(),
      })
      .strict(),
  ),
  /** The browser edition has no native dialogs: its file picker browses through this. */
  'files.list': channel<DirListing>()(z.object({ dir: filePath.optional() }).strict()),
  /** A path the researcher typed or pasted into the picker: what is there (~ is the home folder; relative to `from`). */
  'files.locate': channel<LocatedPath>()(z.object({ path: filePath, from: filePath.optional() }).strict()),
} as const

export const projectChannels = {
  'project.create': channel<ProjectSummary>()(pathOnly),
  'project.open': channel<ProjectSummary>()(pathOnly),
  'project.openSample': channel<ProjectSummary>()(none),
  'project.info': channel<ProjectSummary>()(none),
  'project.close': channel<null>()(none),
  'project.saveCopy': channel<{ path: string }>()(pathOnly),
  /** Replaces a damaged project file by its newest backup (the damaged file is kept aside). */
  'project.restoreBackup': channel<ProjectSummary>()(pathOnly),
  /** Validation, integrity_check and foreign_key_check of a project file; read-only (needle check). */
  'project.check': channel<ProjectFileCheck>()(pathOnly),
  /**
   * With the researcher's consent (backUpAndRepair: true, asked for in so many words): backs the
   * file up beside it, then removes or clears what check lists as broken references and spans
   * outside their text, in one transaction. Refuses files with other problems.
   */
  'project.repair': channel<ProjectRepair>()(z.object({ path: filePath, backUpAndRepair: z.literal(true) }).strict()),
  /**
   * The project language (what Needle writes segment names, persona drafts and decks in); 'auto'
   * follows the content again. The UI language is the reader's own setting, not this.
   */
  'project.setLanguage': channel<ProjectSummary>()(z.object({ language: z.enum([...PROJECT_LANGUAGES, 'auto']) }).strict()),
} as const

export interface ProjectRepair {
  path: string
  /** The copy made before repairing (in the backups folder beside the file); null when there was nothing to repair. */
  backup: string | null
  /** One line for each row removed or reference cleared. */
  repairs: string[]
}

export interface ProjectFileCheck {
  path: string
  ok: boolean
  schemaVersion: number
  /** True when opening the file will upgrade it (after a backup). */
  needsUpgrade: boolean
  problems: string[]
  /** True when every problem is one `project.repair` fixes (broken references, spans outside their text). */
  repairable: boolean
  backups: string[]
}
