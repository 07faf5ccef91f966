/**
 * Every `needle` command, by name, in the order --help lists them. A new command is one
 * file in this folder and one line here (later: import, search, code, codes, autocode,
 * segment, personas, export, merge).
 */
import type { Command } from '../command'
import { autocodeCommand } from './autocode'
import { checkCommand } from './check'
import { codeCommand } from './code'
import { codesCommand } from './codes'
import { demoCommand } from './demo'
import { exportCommand } from './export'
import { importCommand } from './import'
import { infoCommand } from './info'
import { mergeCommand } from './merge'
import { newCommand } from './new'
import { restoreCommand } from './restore'
import { searchCommand } from './search'
import { segmentCommand } from './segment'
import { personasCommand } from './personas'
import { segmentsCommand } from './segments'
import { serveCommand } from './serve'
import { callCommand } from './call'
import { memoCommand } from './memo'
import { highlightCommand } from './highlight'
import { rulesCommand } from './rules'
import { scoresCommand } from './scores'
import { agreementCommand } from './agreement'
import { redoCommand, undoCommand } from './undo'

export const commands: Record<string, Command> = {
  new: newCommand,
  demo: demoCommand,
  info: infoCommand,
  check: checkCommand,
  restore: restoreCommand,
  import: importCommand,
  merge: mergeCommand,
  export: exportCommand,
  search: searchCommand,
  code: codeCommand,
  codes: codesCommand,
  autocode: autocodeCommand,
  segment: segmentCommand,
  segments: segmentsCommand,
  personas: personasCommand,
  serve: serveCommand,
  memo: memoCommand,
  highlight: highlightCommand,
  rules: rulesCommand,
  scores: scoresCommand,
  agreement: agreementCommand,
  undo: undoCommand,
  redo: redoCommand,
  call: callCommand,
}
