/**
 * Who said a highlighted passage. In a transcript the document is shared by several speakers,
 * so the participant of a highlight is the speaker of the turn(s) it covers (an interviewee's
 * turn before an interviewer's when a span crosses both); a document of one person (a survey
 * answer, a one-on-one interview) falls back to the document's participant.
 */

/** SQL expression for the participant id of highlight `h` in document `d` (aliases of the query). */
export function highlightParticipantSql(h = 'h', d = 'd'): string {
  return `COALESCE((SELECT u.participant_id FROM utterances u JOIN participants up ON up.id = u.participant_id
                     WHERE u.document_id = ${h}.document_id AND u.start < ${h}.end AND u.end > ${h}.start
                     ORDER BY up.is_interviewer, u.seq LIMIT 1), ${d}.participant_id)`
}
