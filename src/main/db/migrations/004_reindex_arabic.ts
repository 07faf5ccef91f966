/**
 * v4 strips Arabic prefixes to the end (arabic.ts stripArabicPrefix: الوظيفة and وظيفة now
 * share one key), so every document is indexed again (002's reindexDocuments), and it drops
 * the index on participant_attributes (attribute_id) that 003 added. Attributes are never
 * deleted (an attribute is a column a survey brought in, kept for the project's life), so the
 * ON DELETE CASCADE it was meant to speed up never runs; meanwhile every imported answer row
 * writes one entry per attribute into it out of key order, which doubled the time of a
 * 100,000-row survey import (bench/imports.ts: 19.6 s with it, 10.2 s without). The lookups by
 * attribute (rule segments, the search filter) scan the table instead: tens of milliseconds at
 * a million values.
 */
export const dropAttributeIndex = /* sql */ `
DROP INDEX IF EXISTS participant_attributes_attribute;
`
