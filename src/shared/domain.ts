/** Domain words of DESIGN.md as types shared by main, renderer and CLI. */
import type { ProjectLanguageInfo } from './project/language'

export const CODE_KINDS = ['need', 'deadline', 'emergency', 'demand', 'dependency', 'pain', 'goal', 'behaviour', 'theme', 'custom'] as const
export type CodeKind = (typeof CODE_KINDS)[number]

export const SOURCE_KINDS = ['interview', 'survey', 'feedback', 'events'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

export const ATTRIBUTE_TYPES = ['text', 'category', 'number', 'date', 'boolean'] as const
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number]

export type Direction = 'ltr' | 'rtl'

export interface ProjectCounts {
  sources: number
  documents: number
  participants: number
  codes: number
  highlights: number
  segments: number
  personas: number
}

export interface SourceRow {
  id: number
  kind: SourceKind
  name: string
  fileName: string | null
  importedAt: string
  documents: number
  participants: number
  utterances: number
  rows: number | null
}

export interface LockHolder {
  user: string
  host: string
  pid: number
  since: string
}

export interface ProjectSummary {
  path: string
  name: string
  schemaVersion: number
  readOnly: boolean
  /** Who holds the project when this session got read-only access because of a lock. */
  lockedBy: LockHolder | null
  counts: ProjectCounts
  sources: SourceRow[]
  /** The language Needle writes in for this project (names, drafts, decks), and where it comes from. */
  language: ProjectLanguageInfo
}

export type Language = 'en' | 'ar'
export type ThemeName = 'light' | 'dark' | 'auto'

export interface Settings {
  language: Language
  theme: ThemeName
  coderName: string
  recent: string[]
  /** The folder the browser edition's file picker last chose in, where it opens next; null until one is chosen. */
  pickerDir: string | null
}

/** A typed or pasted path as the file picker reads it (files.locate). */
export interface LocatedPath {
  /** Absolute and normalised. */
  path: string
  /** 'new': nothing there yet, but its folder exists (a name to save under). */
  kind: 'dir' | 'project' | 'file' | 'new'
  /** The folder to show: the path itself for a folder, else the folder it is in. */
  dir: string
  name: string
}

export interface DirEntry {
  name: string
  path: string
  kind: 'dir' | 'project' | 'file'
}

export interface DirListing {
  dir: string
  parent: string | null
  entries: DirEntry[]
}

export interface AppState {
  /** Which transport the renderer runs on, so it can show native dialogs or the in-app file picker. */
  edition: 'desktop' | 'browser'
  settings: Settings
  project: ProjectSummary | null
  /** The folder new projects go to by default. */
  projectsDir: string
}

/** A request for a native file dialog (desktop edition). */
export interface FilePickRequest {
  mode: 'open' | 'save'
  title?: string
  /** e.g. [{ name: 'Needle project', extensions: ['needle'] }] */
  filters?: { name: string; extensions: string[] }[]
  multiple?: boolean
  defaultPath?: string
}
