/**
 * A rule as the builder holds it: conditions may be half-filled while the researcher works, so the
 * draft keeps every field of every kind and only complete conditions become the service's Rule.
 */
import type { Rule, RuleCondition } from '../../../../../shared/contract/segments'

export type ConditionType = RuleCondition['type']
export const CONDITION_TYPES: ConditionType[] = ['attribute', 'code', 'rating', 'score', 'lifecycle']

export interface DraftCondition {
  key: number
  type: ConditionType
  attribute: string | null
  attributeOp: 'equals' | 'in' | 'between'
  values: string[]
  min: number | null
  max: number | null
  codeId: number | null
  present: boolean
  needId: number | null
  measure: 'importance' | 'satisfaction'
  op: '>=' | '<='
  value: number
  score: 'fit' | 'engagement'
  stages: string[]
  /** A breadcrumb condition (made by the Breadcrumbs screen's "save the at-risk group"): kept as it is. */
  breadcrumb: Extract<RuleCondition, { type: 'breadcrumb' }> | null
}

let nextKey = 1
export function newCondition(type: ConditionType): DraftCondition {
  return {
    key: nextKey++,
    type,
    attribute: null,
    attributeOp: 'equals',
    values: [],
    min: null,
    max: null,
    codeId: null,
    present: true,
    needId: null,
    measure: 'importance',
    op: '>=',
    value: type === 'score' ? 50 : 4,
    score: 'fit',
    stages: [],
    breadcrumb: null,
  }
}

/** The service's condition, or null while something it needs is missing. */
export function toCondition(d: DraftCondition): RuleCondition | null {
  switch (d.type) {
    case 'attribute':
      if (!d.attribute) return null
      if (d.attributeOp === 'between') {
        if (d.min === null && d.max === null) return null
        return {
          type: 'attribute',
          attribute: d.attribute,
          op: 'between',
          ...(d.min !== null ? { min: d.min } : {}),
          ...(d.max !== null ? { max: d.max } : {}),
        }
      }
      if (d.values.length === 0) return null
      return d.attributeOp === 'equals'
        ? { type: 'attribute', attribute: d.attribute, op: 'equals', value: d.values[0]! }
        : { type: 'attribute', attribute: d.attribute, op: 'in', values: d.values }
    case 'code':
      return d.codeId === null ? null : { type: 'code', codeId: d.codeId, present: d.present }
    case 'rating':
      return d.needId === null ? null : { type: 'rating', needId: d.needId, measure: d.measure, op: d.op, value: d.value }
    case 'score':
      return { type: 'score', score: d.score, op: d.op, value: d.value }
    case 'lifecycle':
      return d.stages.length === 0 ? null : { type: 'lifecycle', stages: d.stages }
    case 'breadcrumb':
      return d.breadcrumb
  }
}

export function toRule(drafts: DraftCondition[]): Rule | null {
  const all = drafts.map(toCondition)
  if (all.length === 0 || all.some((c) => c === null)) return null
  return { all: all as RuleCondition[] }
}

export function fromRule(rule: Rule): DraftCondition[] {
  return rule.all.map((c) => {
    const d = newCondition(c.type)
    switch (c.type) {
      case 'attribute':
        d.attribute = c.attribute
        d.attributeOp = c.op
        if (c.op === 'equals') d.values = [c.value]
        else if (c.op === 'in') d.values = c.values
        else {
          d.min = c.min ?? null
          d.max = c.max ?? null
        }
        break
      case 'code':
        d.codeId = c.codeId
        d.present = c.present
        break
      case 'rating':
        Object.assign(d, { needId: c.needId, measure: c.measure, op: c.op, value: c.value })
        break
      case 'score':
        Object.assign(d, { score: c.score, op: c.op, value: c.value })
        break
      case 'lifecycle':
        d.stages = c.stages
        break
      case 'breadcrumb':
        d.breadcrumb = c
        break
    }
    return d
  })
}
