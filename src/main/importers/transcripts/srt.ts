/** SubRip (.srt): numbered cues, "00:02:17,250 --> 00:02:20,500", CRLF, no speakers. */
import { buildFromCues, type RawCue } from './cues'
import { blocks, readCue } from './vtt'
import type { ParsedTranscript } from './types'
import type { SkippedRow } from '../../../shared/import/types'

export function parseSrt(input: string): ParsedTranscript {
  const text = input.replace(/^\uFEFF/, '')
  const skipped: SkippedRow[] = []
  const cues: RawCue[] = []
  for (const block of blocks(text)) {
    const at = block.lines.findIndex((l) => l.includes('-->'))
    if (at < 0 || at > 1) {
      skipped.push({ row: block.line, reason: 'a block without a "-->" timing line' })
      continue
    }
    const cue = readCue(block, at)
    if (typeof cue === 'string') skipped.push({ row: block.line + at, reason: cue })
    else cues.push(cue)
  }
  return buildFromCues(cues, skipped, [])
}
