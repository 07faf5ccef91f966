/**
 * Multi-select answers as their options. Both the importer (which decides whether a column is a
 * multi-select, learns its options and stores its answers as "A; B") and the segments service (which
 * reads answers again) split with these, so a column is read one way everywhere. The learning itself
 * is pure and lives in shared/import/options.ts (the mapping step uses it too).
 *
 * A separator inside brackets is part of an option ("R Command Line (i.e., the native R terminal
 * interface)", "Master's degree (e.g. MA, MS, MEd)"), and a separator is only a separator when
 * splitting gives a small set of recurring options that people combine: answers that are always
 * the same parts in the same company ("Small team, under 10") are one option each.
 */

export { learnOptions, splitByOptions, splitOptions } from '../../../shared/import/options'

/** The question asks for several answers ("select all that apply", any language the app knows). */
export const ALL_THAT_APPLY = /(all that apply|check all|select all|choose all|multiple answers|اختر كل|كل ما ينطبق|todas las que)/i
/** The question asks for one answer. */
export const ONE_ANSWER = /(select the one|choose one|only one|most closely|the one you|one answer|one option|اختر واحد|una sola)/i
