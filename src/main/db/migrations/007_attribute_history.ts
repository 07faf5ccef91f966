/**
 * v7: the dated history of attributes that change over time (a CRM's lifecycle stage, a plan),
 * so an outcome can be an attribute value with its date: "stage = churned" counts from the day
 * the stage became churned, not from the day of the export. Written by table imports for the
 * columns mapped as a stage, on rows that have a date; participant_values keeps the value of the
 * latest-dated row as before (what every other reader sees). Other attributes keep no history:
 * a 100,000-row survey with five choice questions would write half a million rows for nothing.
 * day is the calendar day counted from 1970-01-01, as events.day.
 */
export const attributeHistorySchema = /* sql */ `
CREATE TABLE attribute_history (
  participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
  attribute_id   INTEGER NOT NULL REFERENCES attributes (id) ON DELETE CASCADE,
  source_id      INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  day            INTEGER NOT NULL,
  value          TEXT NOT NULL
) STRICT;
CREATE INDEX attribute_history_attribute ON attribute_history (attribute_id, participant_id, day);
CREATE INDEX attribute_history_source ON attribute_history (source_id);
CREATE INDEX attribute_history_participant ON attribute_history (participant_id);
`
