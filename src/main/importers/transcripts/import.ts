/**
 * Interview transcripts into the project: one source, one document (the transcript text),
 * one utterance per turn or cue, and the speakers as participants. Runs inside the import
 * service's transaction, so a throw anywhere here leaves the project untouched.
 */
import { basename, extname } from 'node:path'
import { NeedleError } from '../../../shared/errors'
import { detectDirection } from '../../../shared/text/arabic'
import { decodeBytes } from '../decode'
import type { Importer, ImportJob } from '../types'
import { dateInText, docxCreated, type FoundDate } from './date'
import { parseDocx } from './docx'
import { participantLabelFor } from './genericSpeakers'
import { parseTranscriptText, transcriptFormat } from './parse'
import { isInterviewerLabel } from './speakers'
import type { ParsedTranscript, TranscriptFormat } from './types'

function checkCancelled(job: ImportJob): void {
  if (job.signal.aborted)
    throw new NeedleError('cancelled', `Import of ${basename(job.file)} was cancelled; the project is unchanged.`, { file: job.file })
}

/** Bytes to a parsed transcript, without writing anything (the import dialog's preview uses it too). */
export async function readTranscript(
  bytes: Uint8Array,
  file: string,
  encoding?: string,
): Promise<{ parsed: ParsedTranscript; format: TranscriptFormat; encoding: string; warnings: string[]; date: FoundDate | null }> {
  if (extname(file).toLowerCase() === '.docx') {
    const parsed = await parseDocx(bytes, file)
    return { parsed, format: 'docx', encoding: 'UTF-8 (Word .docx)', warnings: [], date: dateInText(parsed.text) ?? docxCreated(bytes) }
  }
  const decoded = decodeBytes(bytes, file, encoding)
  const format = transcriptFormat(file, decoded.text)
  return {
    parsed: parseTranscriptText(decoded.text, format as Exclude<TranscriptFormat, 'docx'>),
    format,
    encoding: decoded.encoding,
    warnings: decoded.warnings,
    date: dateInText(decoded.text),
  }
}

export const importTranscript: Importer = async (job) => {
  const fileName = basename(job.file)
  const size = job.content.size
  job.progress({ bytes: 0, totalBytes: size })
  // Transcripts are parsed as one text (and .docx as one archive), so they are read whole.
  const {
    parsed,
    format,
    encoding,
    warnings: decodeWarnings,
    date: found,
  } = await readTranscript(await job.content.readAll(), job.file, job.options.encoding)
  checkCancelled(job)
  if (parsed.skipped.length > 0 && !job.options.skipBadRows) {
    const first = parsed.skipped[0]
    const more = parsed.skipped.length > 1 ? ` (and ${parsed.skipped.length - 1} more)` : ''
    throw new NeedleError(
      'bad_rows',
      `${fileName} line ${first.row}: ${first.reason}${more}. Import with "skip unreadable cues" (--skip-bad-rows) to import the other ${parsed.utterances.length} cues, or fix the file.`,
      { file: job.file, rows: parsed.skipped, readable: parsed.utterances.length },
    )
  }
  if ((format === 'vtt' || format === 'srt') && parsed.utterances.length === 0) {
    throw new NeedleError(
      'unreadable_file',
      `${fileName} cannot be imported: it holds no subtitle cues with words. Export the transcript again and import the new file.`,
      { file: job.file },
    )
  }
  const warnings = [...decodeWarnings, ...parsed.warnings]
  const direction = detectDirection(parsed.text)
  const { store } = job
  const sourceId = store.addSource({
    kind: 'interview',
    name: basename(fileName, extname(fileName)),
    fileName,
    checksum: job.checksum,
    encoding,
    rowCount: parsed.utterances.length,
  })

  const ids = new Map<string, number>()
  // "Speaker 1" here and "Speaker 1" in the next interview are two people: generic labels get the interview's name.
  const interview = basename(fileName, extname(fileName))
  for (const speaker of parsed.speakers)
    ids.set(speaker, store.speaker(participantLabelFor(speaker, interview), isInterviewerLabel(speaker)))
  // A one-on-one interview belongs to its interviewee, so the document is found under that person.
  const interviewees = parsed.speakers.filter((s) => !isInterviewerLabel(s))
  const documentId = store.addDocument({
    sourceId,
    participantId: interviewees.length === 1 ? ids.get(interviewees[0])! : null,
    title: fileName,
    text: parsed.text,
    direction,
    // The day the interview took place: the researcher's choice at import, else what the file says.
    occurredAt: job.options.date ?? found?.date ?? null,
  })

  parsed.utterances.forEach((u, seq) => {
    if (seq % 200 === 0) {
      checkCancelled(job)
      job.progress({ rows: seq, bytes: size, totalBytes: size })
    }
    store.addUtterance({
      documentId,
      seq,
      speaker: u.speaker,
      participantId: u.speaker === null ? null : ids.get(u.speaker)!,
      start: u.start,
      end: u.end,
      timeStartMs: u.timeStartMs ?? null,
      timeEndMs: u.timeEndMs ?? null,
    })
  })
  checkCancelled(job)
  job.progress({ rows: parsed.utterances.length, bytes: size, totalBytes: size })

  const report = {
    format,
    encoding,
    direction,
    turns: parsed.utterances.length,
    speakers: parsed.speakers,
    interviewers: parsed.speakers.filter(isInterviewerLabel),
    skipped: parsed.skipped,
    warnings,
    interviewDate: job.options.date ?? found?.date ?? null,
    interviewDateFrom: job.options.date ? 'chosen at import' : (found?.from ?? null),
  }
  store.setReport(sourceId, report, parsed.utterances.length)
  return {
    file: job.file,
    kind: 'interview',
    sourceId,
    rows: parsed.utterances.length,
    documents: 1,
    participants: ids.size,
    utterances: parsed.utterances.length,
    speakers: parsed.speakers,
    skipped: parsed.skipped,
    warnings,
    encoding,
    date: job.options.date ?? found?.date ?? null,
  }
}
