/**
 * The ordered list of migrations (the Signal Desktop habit). Entry i moves a file from
 * schema version i to i+1; the schema version a file has is its PRAGMA user_version.
 * Never edit a shipped entry: append a new one. Entries are frozen: SQL and logic copied into
 * them, never a call into today's services or normalisers (a re-index is asked for by marking
 * the index stale; opening the project does it, see db/searchIndex.ts).
 */
import type Database from 'better-sqlite3'
import { initialSchema } from './001_initial'
import { autocodeSchema, markIndexStale } from './002_autocode'
import { deleteIndexes } from './003_delete_indexes'
import { dropAttributeIndex } from './004_reindex_arabic'
import { participantAttributesView, participantValues } from './005_participant_values'
import { eventsSchema } from './006_events'
import { attributeHistorySchema } from './007_attribute_history'
import { participantSourcesSchema } from './008_participant_sources'

export interface Migration {
  name: string
  up: (db: Database.Database) => void
}

export const migrations: Migration[] = [
  { name: '001 initial schema', up: (db) => db.exec(initialSchema) },
  {
    name: '002 auto-code rules and suggestions; Arabic prefixes re-indexed',
    up: (db) => {
      db.exec(autocodeSchema)
      db.exec(markIndexStale)
    },
  },
  { name: '003 indexes for fast deletes', up: (db) => db.exec(deleteIndexes) },
  {
    name: '004 Arabic prefixes stripped to the end, re-indexed; no index on attribute ids (imports write it, nothing reads it)',
    up: (db) => {
      db.exec(dropAttributeIndex)
      db.exec(markIndexStale)
    },
  },
  {
    name: '005 attribute values in one JSON row per participant; participant_attributes becomes a view',
    up: (db) => db.exec(participantValues),
  },
  { name: "006 event logs: sources of kind 'events' and the events table", up: (db) => db.exec(eventsSchema) },
  {
    name: '007 the dated history of stage attributes (an outcome such as stage = churned has a date)',
    up: (db) => db.exec(attributeHistorySchema),
  },
  {
    name: '008 participant_sources: every imported row links its participant to its source',
    up: (db) => db.exec(participantSourcesSchema),
  },
]

export const SCHEMA_VERSION = migrations.length

/** Needle's own views, by name, with their exact definitions: any other view is refused. */
export const NEEDLE_VIEWS: Record<string, string> = { participant_attributes: participantAttributesView }

/**
 * Tables (and views) every project at the current schema must have. A file that carries Needle's
 * application_id but lacks one of them is damaged or was edited by hand, and is refused
 * before any service trips over it. A migration that adds or drops a table updates this.
 */
export const REQUIRED_TABLES = [
  'project_meta',
  'coders',
  'sources',
  'participants',
  'attributes',
  'participant_values',
  'participant_attributes',
  'documents',
  'utterances',
  'codes',
  'highlights',
  'highlight_codes',
  'ratings',
  'segments',
  'segment_members',
  'personas',
  'persona_evidence',
  'memos',
  'document_fts',
  'autocode_rules',
  'autocode_suggestions',
  'events',
  'attribute_history',
  'participant_sources',
]
