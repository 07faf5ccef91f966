/**
 * v8: which sources each participant came from. Until v7 a source's participants were read off
 * its documents and turns, so a survey respondent who wrote no free text (only ticked options
 * and ratings) belonged to no source: the R community survey imported 1,838 respondents and the
 * overview said 1,482, and removing any other source deleted those 356 people, because nothing
 * pointed at them. Imports now record every row's participant here; merging participants moves
 * the links. Existing files get the links their documents, turns, ratings and events show
 * (respondents with none of those cannot be traced back to a file and stay unlinked). A rowid
 * table, not WITHOUT ROWID: undo (coding/undo.ts) records row images by rowid, and a merge or
 * split moves links.
 */
export const participantSourcesSchema = /* sql */ `
CREATE TABLE participant_sources (
  id             INTEGER PRIMARY KEY,
  source_id      INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  UNIQUE (source_id, participant_id)
) STRICT;
CREATE INDEX participant_sources_participant ON participant_sources (participant_id);
INSERT OR IGNORE INTO participant_sources (source_id, participant_id)
  SELECT source_id, participant_id FROM documents WHERE participant_id IS NOT NULL
  UNION SELECT d.source_id, u.participant_id FROM utterances u JOIN documents d ON d.id = u.document_id WHERE u.participant_id IS NOT NULL
  UNION SELECT source_id, participant_id FROM ratings WHERE source_id IS NOT NULL
  UNION SELECT source_id, participant_id FROM events;
`
