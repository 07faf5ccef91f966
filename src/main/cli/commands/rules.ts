/**
 * `needle rules <project> [list|create|delete]`: rule segments, the ones a researcher defines
 * ("planners who need live re-routing") rather than a clustering run finds.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { call } from '../../dispatch'
import type { CodeRow } from '../../../shared/contract/codes'
import { ruleSchema, type RuleCondition, type SegmentSummary } from '../../../shared/contract/segments'
import { NeedleError } from '../../../shared/errors'
import { intOption } from '../args'
import { UsageError, type Command } from '../command'
import { findCode } from './codeRef'
import { openProjectArg } from './projectArg'

const ACTIONS = ['list', 'create', 'delete'] as const
type Action = (typeof ACTIONS)[number]

function describe(c: RuleCondition, codes: CodeRow[]): string {
  const code = (id: number) => codes.find((x) => x.id === id)?.name ?? `code ${id}`
  switch (c.type) {
    case 'attribute':
      if (c.op === 'equals') return `${c.attribute} = ${c.value}`
      if (c.op === 'in') return `${c.attribute} in (${c.values.join(', ')})`
      return `${c.attribute} between ${c.min ?? '-∞'} and ${c.max ?? '∞'}`
    case 'code':
      return `${c.present ? 'coded' : 'not coded'} ${code(c.codeId)}`
    case 'rating':
      return `${c.measure} of ${code(c.needId)} ${c.op} ${c.value}`
    case 'score':
      return `${c.score} ${c.op} ${c.value}`
    case 'lifecycle':
      return `lifecycle in (${c.stages.join(', ')})`
    case 'breadcrumb':
      return `stayed (no "${c.outcome}") with "${c.breadcrumb}" in the last ${c.windowDays} days`
  }
}

function ruleText(s: SegmentSummary, codes: CodeRow[]): string {
  return s.definition.kind === 'rule' ? s.definition.rule.all.map((c) => describe(c, codes)).join(' and ') : ''
}

function jsonArg(raw: string): unknown {
  try {
    return JSON.parse(raw.startsWith('@') ? readFileSync(resolve(process.cwd(), raw.slice(1)), 'utf8') : raw)
  } catch (err) {
    throw new UsageError(`--rule: ${(err as Error).message}.`, 'rules')
  }
}

export const rulesCommand: Command = {
  description:
    '  needle rules <project> list\n' +
    '  needle rules <project> create <name> [--attribute <name=value>] [--code <code>] [--without <code>] [--rule <json|@file>]\n' +
    '  needle rules <project> delete <segment id>\n' +
    'Conditions all apply (and). --rule takes the app\'s rule as JSON: {"all": [{"type": "attribute", "attribute", "op": "equals", "value"}, ' +
    '{"type": "code", "codeId", "present"}, {"type": "rating", "needId", "measure", "op", "value"}, {"type": "score", "score", "op", "value"}, ' +
    '{"type": "lifecycle", "stages"}]}; the other options add to it.',
  positionals: [
    { name: 'project', required: true, description: 'the project file' },
    { name: 'action', required: false, description: `${ACTIONS.join(', ')} (default list)` },
    { name: 'target', required: false, description: 'create: the segment name; delete: the segment id' },
  ],
  options: {
    attribute: { type: 'string', valueName: '<name=value>', description: 'create: participants whose attribute has this value' },
    code: { type: 'string', valueName: '<code>', description: 'create: participants coded with this code (name or id)' },
    without: { type: 'string', valueName: '<code>', description: 'create: participants never coded with this code' },
    rule: { type: 'string', valueName: '<json|@file>', description: 'create: conditions as the app stores them' },
    json: {
      type: 'boolean',
      description: 'Print {"rules": [{"id", "name", "size", "share", "rule", "text"}]}, the created segment, or {"deleted": id}',
    },
  },
  async run(ctx, { args, options }) {
    const action = (args.action ?? 'list') as Action
    if (!ACTIONS.includes(action)) throw new UsageError(`Unknown action "${action}": use ${ACTIONS.join(', ')}.`, 'rules')
    if (action === 'list' && args.target !== undefined) throw new UsageError(`Unexpected argument "${args.target}".`, 'rules')
    if (action !== 'list' && args.target === undefined)
      throw new UsageError(action === 'create' ? 'Missing <name> of the segment.' : 'Missing <segment id>.', 'rules')
    const deleteId = action === 'delete' ? intOption('segment id', 'rules', args.target, 1, Number.MAX_SAFE_INTEGER)! : 0
    const base = typeof options.rule === 'string' ? jsonArg(options.rule) : { all: [] }
    const session = await openProjectArg(ctx, args.project!)
    const codes = await call(session, 'codes.list', {})

    if (action === 'list') {
      const rules = (await call(session, 'segments.list', {})).filter((s) => s.method === 'rule')
      const rows = rules.map((s) => ({
        id: s.id,
        name: s.name,
        size: s.size,
        share: s.share,
        rule: s.definition.kind === 'rule' ? s.definition.rule : null,
        text: ruleText(s, codes),
      }))
      if (options.json) return void ctx.json({ rules: rows })
      if (!rows.length) ctx.out('No rule segments yet. Create one with: needle rules <project> create <name> --attribute role=planner')
      for (const r of rows) ctx.out(`#${r.id} ${r.name}: ${r.size} (${Math.round(r.share * 100)}%) where ${r.text}`)
      return
    }
    if (action === 'delete') {
      const segment = (await call(session, 'segments.list', {})).find((s) => s.id === deleteId)
      if (!segment) throw new NeedleError('not_found', `There is no segment ${deleteId} (needle rules <project> lists rule segments).`)
      if (segment.method !== 'rule')
        throw new NeedleError(
          'invalid_input',
          `Segment ${deleteId} (“${segment.name}”) is a ${segment.method} segment, not a rule segment.`,
        )
      await call(session, 'segments.delete', { id: deleteId })
      return void (options.json ? ctx.json({ deleted: deleteId }) : ctx.out(`Deleted rule segment “${segment.name}”.`))
    }
    const extra: RuleCondition[] = []
    if (typeof options.attribute === 'string') {
      const at = options.attribute.indexOf('=')
      if (at < 1) throw new UsageError(`--attribute takes <name=value> (got "${options.attribute}").`, 'rules')
      extra.push({
        type: 'attribute',
        attribute: options.attribute.slice(0, at).trim(),
        op: 'equals',
        value: options.attribute.slice(at + 1).trim(),
      })
    }
    if (typeof options.code === 'string') extra.push({ type: 'code', codeId: findCode(codes, options.code).id, present: true })
    if (typeof options.without === 'string') extra.push({ type: 'code', codeId: findCode(codes, options.without).id, present: false })
    const parsed = ruleSchema.safeParse({ ...(base as object), all: [...((base as { all?: unknown[] }).all ?? []), ...extra] })
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new UsageError(
        `The rule${issue?.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue?.message}. Give --attribute, --code, --without or --rule.`,
        'rules',
      )
    }
    const segment = await call(session, 'segments.createRule', { name: args.target, rule: parsed.data })
    if (options.json) return void ctx.json(segment)
    ctx.out(
      `Created rule segment #${segment.id} “${segment.name}”: ${segment.size} participants (${Math.round(segment.share * 100)}%) where ${ruleText(segment, codes)}.`,
    )
  },
}
