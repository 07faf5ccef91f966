import { z } from 'zod'
import { CODE_KINDS, type CodeKind } from '../domain'
import { channel } from './channel'

const id = z.number().int().positive()
const name = z.string().trim().min(1, 'a code needs a name').max(200)
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb')
const kind = z.enum(CODE_KINDS)

export interface CodeRow {
  id: number
  name: string
  kind: CodeKind
  parentId: number | null
  color: string
  description: string
  /** 1-9: the key that applies this code in the tagging popover. */
  pin: number | null
  sort: number
  /** Highlights coded with this code (not counting its children). */
  count: number
}

export const MEMO_TARGETS = ['project', 'document', 'code', 'participant', 'highlight'] as const
export type MemoTarget = (typeof MEMO_TARGETS)[number]

export interface Memo {
  id: number
  targetKind: MemoTarget
  targetId: number | null
  text: string
  coder: string | null
  createdAt: string
  updatedAt: string
}

export const codeChannels = {
  /** The codebook in tree order: parents before children, siblings by sort. */
  'codes.list': channel<CodeRow[]>()(z.object({}).strict()),
  'codes.create': channel<CodeRow>()(
    z
      .object({ name, kind, parentId: id.nullable().optional(), color: color.optional(), description: z.string().max(5000).optional() })
      .strict(),
  ),
  'codes.update': channel<CodeRow>()(
    z
      .object({
        id,
        name: name.optional(),
        kind: kind.optional(),
        color: color.optional(),
        description: z.string().max(5000).optional(),
        /** null unpins; a pin taken by another code moves to this one. */
        pin: z.number().int().min(1).max(9).nullable().optional(),
      })
      .strict(),
  ),
  /** Nest under parentId (null: top level) at index among the new siblings (default: last). Cycles are refused. */
  'codes.move': channel<CodeRow[]>()(z.object({ id, parentId: id.nullable(), index: z.number().int().min(0).optional() }).strict()),
  /** Highlights of `from` move to `into` (a highlight with both keeps one), children and memos follow, `from` goes. */
  'codes.merge': channel<CodeRow>()(z.object({ from: id, into: id }).strict()),
  /**
   * highlights: 'delete' removes highlights that carry only this code (others just lose it);
   * 'keep-uncoded' keeps them without it; 'move-to-parent' recodes them with the parent code.
   * Child codes move up to the deleted code's parent.
   */
  'codes.delete': channel<{ deletedHighlights: number; keptHighlights: number }>()(
    z.object({ id, highlights: z.enum(['delete', 'keep-uncoded', 'move-to-parent']) }).strict(),
  ),
} as const

export const memoChannels = {
  'memos.list': channel<Memo[]>()(z.object({ targetKind: z.enum(MEMO_TARGETS).optional(), targetId: id.nullable().optional() }).strict()),
  /** Creates (no id) or replaces the text of a memo. The project memo has targetId null. */
  'memos.save': channel<Memo>()(
    z
      .object({
        id: id.optional(),
        targetKind: z.enum(MEMO_TARGETS),
        targetId: id.nullable().default(null),
        text: z.string().trim().min(1, 'a memo needs text').max(100_000),
      })
      .strict(),
  ),
  'memos.delete': channel<null>()(z.object({ id }).strict()),
} as const
