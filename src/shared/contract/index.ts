/**
 * The one typed map of every command (the Actual Budget habit): each channel names
 * its input schema and its output type. Main validates every input against this map
 * before any service sees it, whatever the transport (IPC, HTTP, CLI, tests).
 * Each domain keeps its channels in its own file here; this file only joins them.
 */
import type { z } from 'zod'
import type { ProjectSummary } from '../domain'
import { appChannels, projectChannels } from './app'
import { autocodeChannels } from './autocode'
import { breadcrumbChannels } from './breadcrumbs'
import { codeChannels, memoChannels } from './codes'
import { codingChannels } from './coding'
import { importChannels, type ImportProgressEvent } from './imports'
import { interopChannels } from './interop'
import { participantChannels } from './participants'
import { personaChannels } from './personas'
import { searchChannels } from './search'
import { scoreChannels, segmentChannels, type RunProgressEvent } from './segments'
import { sourceChannels } from './sources'

export const contract = {
  ...appChannels,
  ...projectChannels,
  ...participantChannels,
  ...sourceChannels,
  ...importChannels,
  ...codeChannels,
  ...memoChannels,
  ...codingChannels,
  ...searchChannels,
  ...autocodeChannels,
  ...personaChannels,
  ...interopChannels,
  ...segmentChannels,
  ...scoreChannels,
  ...breadcrumbChannels,
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>
export type OutputOf<C extends Channel> = Contract[C]['output']

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name)
}

/** Events main pushes to the renderer (progress of long jobs, project changes, menu commands). */
export interface EventMap {
  'project.changed': { summary: ProjectSummary | null }
  'menu.command': { command: MenuCommand }
  'import.progress': ImportProgressEvent
  'segments.progress': RunProgressEvent
}
export type EventName = keyof EventMap

export type MenuCommand =
  | 'new'
  | 'open'
  | 'close'
  | 'saveCopy'
  | 'exportForSharing'
  | 'undo'
  | 'redo'
  | 'openSample'
  | 'language.en'
  | 'language.ar'
  | 'theme.light'
  | 'theme.dark'
  | 'theme.auto'
