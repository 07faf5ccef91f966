/**
 * WebVTT (Zoom, Teams, YouTube, Otter exports): header, NOTE/STYLE/REGION blocks, optional
 * cue ids, long or short timestamps ("01:02.500"), cue settings, voice tags, CRLF or LF.
 */
import { buildFromCues, type RawCue } from './cues'
import { splitLines } from './lines'
import { parseTimestamp } from './timestamps'
import type { ParsedTranscript } from './types'
import type { SkippedRow } from '../../../shared/import/types'

const TIMING = /^\s*(\S+)\s+-->\s+(\S+)/

/** Blocks of consecutive non-blank lines, with the 1-based number of their first line. */
export function blocks(text: string): { line: number; lines: string[] }[] {
  const out: { line: number; lines: string[] }[] = []
  let current: { line: number; lines: string[] } | null = null
  splitLines(text).forEach((l, i) => {
    if (l.text.trim() === '') {
      current = null
      return
    }
    if (!current) out.push((current = { line: i + 1, lines: [] }))
    current.lines.push(l.text)
  })
  return out
}

/** Reads one cue block whose timing line is at `at`; returns a reason when it cannot. */
export function readCue(block: { line: number; lines: string[] }, at: number): RawCue | string {
  const m = TIMING.exec(block.lines[at])
  const startMs = m ? parseTimestamp(m[1]) : null
  const endMs = m ? parseTimestamp(m[2]) : null
  if (startMs === null || endMs === null)
    return `the timing line "${block.lines[at].trim().slice(0, 60)}" is not "start --> end" with times like 00:01:02.500`
  if (endMs < startMs) return `the cue ends (${m![2]}) before it starts (${m![1]})`
  return { line: block.line + at, startMs, endMs, payload: block.lines.slice(at + 1) }
}

export function parseVtt(input: string): ParsedTranscript {
  const text = input.replace(/^\uFEFF/, '')
  const warnings: string[] = []
  const skipped: SkippedRow[] = []
  const cues: RawCue[] = []
  const all = blocks(text)
  if (!/^WEBVTT(?:[ \t]|$)/.test(all[0]?.lines[0] ?? '')) {
    warnings.push('The file does not start with "WEBVTT"; it was read as WebVTT anyway.')
  }
  for (const [i, block] of all.entries()) {
    const first = block.lines[0]
    if (i === 0 && first.startsWith('WEBVTT')) continue
    if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first)) continue
    const at = block.lines.findIndex((l) => l.includes('-->'))
    if (at < 0 || at > 1) {
      skipped.push({ row: block.line, reason: 'a block that is neither a cue (no "-->" timing line) nor a NOTE or STYLE block' })
      continue
    }
    const cue = readCue(block, at)
    if (typeof cue === 'string') skipped.push({ row: block.line + at, reason: cue })
    else cues.push(cue)
  }
  return buildFromCues(cues, skipped, warnings)
}
