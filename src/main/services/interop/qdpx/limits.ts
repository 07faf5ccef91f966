/**
 * How much QDA-XML Needle parses. fast-xml-parser builds the whole tree, and its cost follows
 * the XML's size and element count: measured on Node 24, 18 MB of XML with 200,000 elements
 * took 12 s and 330 MB, 73 MB with 800,000 elements 36 s and 680 MB. A project of 200,000
 * sources exports about 70 MB; the limits leave room for that and keep parsing under about 1 GB.
 */
export const MAX_QDE_BYTES = 100 * 1024 * 1024
export const MAX_QDE_ELEMENTS = 1_000_000

/** Start tags in XML bytes: "<" followed by a name (not "</", "<?", "<!"). */
export function countElements(raw: Uint8Array, stopAbove: number): number {
  let n = 0
  for (let i = raw.indexOf(0x3c); i !== -1 && i + 1 < raw.length; i = raw.indexOf(0x3c, i + 1)) {
    const next = raw[i + 1]
    if (next !== 0x2f && next !== 0x3f && next !== 0x21 && ++n > stopAbove) return n
  }
  return n
}
