/**
 * Indexes on the referencing side of foreign keys. Without them every deleted document,
 * highlight or participant made SQLite scan the whole referencing table (ON DELETE SET
 * NULL / CASCADE), so removing a 40,000-answer survey took minutes instead of a second.
 */
export const deleteIndexes = /* sql */ `
CREATE INDEX IF NOT EXISTS documents_replaces ON documents (replaces_id);
CREATE INDEX IF NOT EXISTS utterances_participant ON utterances (participant_id);
CREATE INDEX IF NOT EXISTS highlights_coder ON highlights (coder_id);
CREATE INDEX IF NOT EXISTS codes_parent ON codes (parent_id);
CREATE INDEX IF NOT EXISTS ratings_code ON ratings (code_id);
CREATE INDEX IF NOT EXISTS ratings_source ON ratings (source_id);
CREATE INDEX IF NOT EXISTS segment_members_participant ON segment_members (participant_id);
CREATE INDEX IF NOT EXISTS personas_segment ON personas (segment_id);
CREATE INDEX IF NOT EXISTS persona_evidence_highlight ON persona_evidence (highlight_id);
CREATE INDEX IF NOT EXISTS participant_attributes_attribute ON participant_attributes (attribute_id);
CREATE INDEX IF NOT EXISTS memos_coder ON memos (coder_id);
CREATE INDEX IF NOT EXISTS autocode_suggestions_highlight ON autocode_suggestions (highlight_id);
CREATE INDEX IF NOT EXISTS autocode_suggestions_rule ON autocode_suggestions (rule_id);
CREATE INDEX IF NOT EXISTS autocode_suggestions_code ON autocode_suggestions (code_id);
`
