/**
 * The search box's syntax: words (all must occur), "quoted phrases", and prefix* (also
 * "quoted phrase"*). Each piece is normalised exactly as documents are at indexing
 * (normaliseForSearch: Arabic folding and prefixes; diacritics; case) and handed to FTS5 as
 * a quoted string, so no user input is ever read as FTS5 operators; FTS5's porter tokenizer
 * stems the query words as it stemmed the documents.
 */
import { porterStem } from '../../../shared/text/porter'
import { queryTokens, stemKey } from '../../../shared/text/searchTokens'

export interface QueryToken {
  plain: string
  key: string
}

export interface QueryTerm {
  tokens: QueryToken[]
  /** The last token is a prefix. */
  prefix: boolean
}

export interface ParsedQuery {
  terms: QueryTerm[]
  /** The FTS5 MATCH expression, or '' when nothing searchable is left. */
  fts: string
}

const PIECE = /"([^"]*)"(\*?)|(\S+)/g

export function parseQuery(q: string): ParsedQuery {
  const terms: QueryTerm[] = []
  for (const m of q.matchAll(PIECE)) {
    const quoted = m[1] !== undefined
    const raw = quoted ? m[1] : m[3]
    const prefix = quoted ? m[2] === '*' : raw.endsWith('*')
    const plains = queryTokens(raw)
    if (plains.length === 0) continue
    terms.push({
      tokens: plains.map((plain, i) => ({ plain, key: prefix && i === plains.length - 1 ? porterStem(plain) : stemKey(plain) })),
      prefix,
    })
  }
  const fts = terms.map((t) => `"${t.tokens.map((x) => x.plain.replace(/"/g, '""')).join(' ')}"${t.prefix ? ' *' : ''}`).join(' AND ')
  return { terms, fts }
}
