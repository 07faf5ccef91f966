/**
 * v5 keeps a participant's attribute values in one row: participant_values holds a JSON
 * object per participant, keyed by attribute id ({"3": "Jordan", "7": "4"}; a blank value is
 * JSON null). Until v4 every value was its own row of participant_attributes: a
 * 100,000-respondent survey with 16 attribute columns wrote 1.6 million rows, each with a
 * primary-key entry and two foreign-key checks: a quarter of the import's time
 * (bench/imports.ts) and a sixth of the file (197 MB then, 164 MB now). An upgraded file keeps
 * the old table's pages as free space, which later writes reuse.
 *
 * participant_attributes stays, as a read-only view with the same columns, so every reader
 * (segments, personas, scores, search filters, exchange) still sees one row per value. All
 * writes go through SourceStore (sources/store.ts), the one writer of participant_values.
 * A participant's row goes with the participant (ON DELETE CASCADE); attributes themselves are
 * never deleted (004), so no value can point at a missing attribute.
 */
/** The view's definition as the schema stores it; a view that differs is refused (inspect.ts). */
export const participantAttributesView = /* sql */ `CREATE VIEW participant_attributes (participant_id, attribute_id, value) AS
  SELECT v.participant_id, CAST(j.key AS INTEGER), j.value FROM participant_values v, json_each(v.attrs) j`

export const participantValues = /* sql */ `
CREATE TABLE participant_values (
  participant_id INTEGER PRIMARY KEY REFERENCES participants (id) ON DELETE CASCADE,
  attrs          TEXT NOT NULL CHECK (json_valid(attrs))
) STRICT;
INSERT INTO participant_values (participant_id, attrs)
  SELECT participant_id, json_group_object(CAST(attribute_id AS TEXT), value)
    FROM participant_attributes GROUP BY participant_id;
DROP TABLE participant_attributes;
${participantAttributesView};
`
