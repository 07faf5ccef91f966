/** Survey exports and feedback tables: reading, inference, preview and import. */
export { readTable, detectNewline, type RawRecord, type ReadOptions } from './readTable'
export { sniffTable, detectDelimiter, type TableLayout, type QuoteProblem } from './layout'
export { inferMapping, inferKind, type InferOptions } from './infer'
export { previewTable, type TablePreview } from './previewTable'
export { importTable } from './importTable'
export { findNeedPairs, needOfHeader } from './needPairs'
export { matchLikert, KNOWN_SCALES } from './likert'
