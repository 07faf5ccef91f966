/**
 * Rows repeated exactly, compared over the whole row (every column, mapped or not). Comparing only
 * the mapped columns raised false alarms: in the CFPB complaints export, thousands of complaints
 * share company, date, product and channel but differ in their complaint id, ZIP code and issue.
 * Each row is kept as a 53-bit hash (8 bytes a row: a million-event log holds 8 MB here, not its
 * text), and rows whose hashes are equal are the repeated ones.
 */

/** cyrb53 over every field, with a separator between fields. */
export function rowHash(fields: string[]): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let f = 0; f < fields.length; f++) {
    const s = fields[f]
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i)
      h1 = Math.imul(h1 ^ ch, 2654435761)
      h2 = Math.imul(h2 ^ ch, 1597334677)
    }
    // A unit separator between fields, so "ab","c" and "a","bc" differ.
    h1 = Math.imul(h1 ^ 0x1f, 2654435761)
    h2 = Math.imul(h2 ^ 0x1f, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/** The hash and file line of every imported row, in import order. */
export class RowHashes {
  private hashes = new Float64Array(1024)
  private lines = new Uint32Array(1024)
  length = 0

  push(fields: string[], line: number): void {
    if (this.length === this.hashes.length) {
      const h = new Float64Array(this.length * 2)
      h.set(this.hashes)
      this.hashes = h
      const l = new Uint32Array(this.length * 2)
      l.set(this.lines)
      this.lines = l
    }
    this.hashes[this.length] = rowHash(fields)
    this.lines[this.length++] = line
  }

  /** How many rows repeat an earlier one, and the lines of a first such pair (for the warning). */
  repeats(): { extra: number; example: [number, number] | null } {
    const sorted = this.hashes.slice(0, this.length).sort()
    let extra = 0
    const repeated = new Set<number>()
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i] !== sorted[i - 1]) continue
      extra++
      repeated.add(sorted[i])
    }
    if (extra === 0) return { extra: 0, example: null }
    // The example: the row that comes first in the file among those repeated, and its first copy.
    let first = -1
    for (let i = 0; i < this.length && first < 0; i++) if (repeated.has(this.hashes[i])) first = i
    let copy = first + 1
    while (this.hashes[copy] !== this.hashes[first]) copy++
    return { extra, example: [this.lines[first], this.lines[copy]] }
  }
}
