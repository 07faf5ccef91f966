/**
 * Every `needle` command, by name, in the order --help lists them. A new command is one
 * file in this folder and one line here (later: import, search, code, codes, autocode,
 * segment, personas, export, merge).
 */
import type { CommandEntry } from '../command'

/**
 * Each command's module is loaded only when it runs: `needle --help` lists the summaries
 * without loading the services, zod or any heavy dependency (it must start near bare Node).
 */
export const commands: Record<string, CommandEntry> = {
  new: { summary: 'Create an empty project file', load: async () => (await import('./new')).newCommand },
  demo: {
    summary: 'Write the sample project (interviews, a survey, feedback) to a new file',
    load: async () => (await import('./demo')).demoCommand,
  },
  info: {
    summary: 'Show a project: name, schema version, access, counts and sources',
    load: async () => (await import('./info')).infoCommand,
  },
  check: {
    summary: 'Check a project file for damage without changing it (--repair --yes: back up and repair)',
    load: async () => (await import('./check')).checkCommand,
  },
  restore: {
    summary: 'Put the newest sound backup in place of a damaged project',
    load: async () => (await import('./restore')).restoreCommand,
  },
  import: {
    summary: 'Import transcripts, survey exports and feedback tables into a project',
    load: async () => (await import('./import')).importCommand,
  },
  merge: { summary: "Merge a teammate's copy of a project into this one", load: async () => (await import('./merge')).mergeCommand },
  export: {
    summary: 'Export a project: REFI-QDA (.qdpx, .qdc), CSV tables, persona cards and decks (pdf, png, md, json)',
    load: async () => (await import('./export')).exportCommand,
  },
  search: {
    summary: 'Search every document (Arabic with or without harakat, "phrases", prefix*)',
    load: async () => (await import('./search')).searchCommand,
  },
  code: {
    summary: 'Code a span of a document (creates the code when --kind is given and it does not exist)',
    load: async () => (await import('./code')).codeCommand,
  },
  codes: {
    summary: 'List the codebook with how often each code is used, or edit it (rename, move, colour, merge, delete)',
    load: async () => (await import('./codes')).codesCommand,
  },
  autocode: {
    summary: 'Run the auto-code rules and list the suggestions (nothing is applied unless --accept-all)',
    load: async () => (await import('./autocode')).autocodeCommand,
  },
  segment: {
    summary: 'Build needs-based segments (clustering with automatic k and stability) and save them',
    load: async () => (await import('./segment')).segmentCommand,
  },
  segments: { summary: 'List the saved segments (runs and rule segments)', load: async () => (await import('./segments')).segmentsCommand },
  personas: {
    summary: 'List the personas (optionally drafting one per saved segment first)',
    load: async () => (await import('./personas')).personasCommand,
  },
  participants: {
    summary: 'List, rename, merge and split participants (speakers, respondents, accounts)',
    load: async () => (await import('./participants')).participantsCommand,
  },
  date: {
    summary: 'List the interview dates, or set one (relative deadlines resolve against it)',
    load: async () => (await import('./date')).dateCommand,
  },
  timeline: {
    summary: "One participant's trail in time order: events, dated notes and their codes, survey answers, interview turns",
    load: async () => (await import('./timeline')).timelineCommand,
  },
  breadcrumbs: {
    summary: 'What happened before customers left: event types and codes that precede an outcome, with shares and lift',
    load: async () => (await import('./breadcrumbs')).breadcrumbsCommand,
  },
  memo: {
    summary: 'List, add, edit or delete memos (on the project, a document, code, participant or highlight)',
    load: async () => (await import('./memo')).memoCommand,
  },
  highlight: {
    summary: 'Edit or delete one highlight (its codes, memo, due date, severity)',
    load: async () => (await import('./highlight')).highlightCommand,
  },
  rules: {
    summary: 'List, create or delete rule segments (participants chosen by attributes, codes, ratings, scores)',
    load: async () => (await import('./rules')).rulesCommand,
  },
  scores: {
    summary: '3D scores of participants: fit, engagement and lifecycle stage',
    load: async () => (await import('./scores')).scoresCommand,
  },
  agreement: {
    summary: "Agreement between two coders per code (percent and Cohen's kappa)",
    load: async () => (await import('./agreement')).agreementCommand,
  },
  call: {
    summary: 'Run any command of the app on a project with JSON input (needle call --list names them)',
    load: async () => (await import('./call')).callCommand,
  },
  undo: {
    summary: 'Undo the last coding action a needle command made on the project',
    load: async () => (await import('./undo')).undoCommand,
  },
  redo: { summary: 'Redo the action the last needle undo took back', load: async () => (await import('./undo')).redoCommand },
  serve: {
    summary: 'Serve the browser edition on 127.0.0.1 (a project, or the sample project)',
    load: async () => (await import('./serve')).serveCommand,
  },
}
