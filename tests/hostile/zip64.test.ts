/**
 * Archives of more than 65,535 entries: the classic end record's 16-bit count cannot hold them,
 * so writers either wrap it (fflate) or put the real count and offsets in ZIP64 records (Info-ZIP,
 * Python, Java). Both are read whole, the last entry included; a directory damaged part way is
 * refused with a message instead of being read as a shorter archive.
 */
import { join } from 'node:path'
import { writeFileSync } from 'node:fs'
import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { listZip, readEntry } from '../../src/main/importers/zip'
import { openArchive } from '../../src/main/services/interop/qdpx/archive'
import { tempDir } from '../helpers/tmp'

const ENTRIES = 70_000
const nameOf = (i: number) => `sources/${String(i).padStart(5, '0')}.txt`
const textOf = (i: number) => `Answer ${i}: proof of delivery. أريد تقارير أسبوعية`

/**
 * A stored (uncompressed) zip of `n` entries, written by hand so the test controls every field.
 * classic: the 16-bit count wraps, as fflate writes it. zip64: the end record says 0xFFFF and
 * 0xFFFFFFFF, the real count and directory offset are in the ZIP64 end record, and every central
 * record keeps its local header offset in a ZIP64 extra field.
 */
function storedZip(n: number, mode: 'classic' | 'zip64'): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (let i = 0; i < n; i++) {
    const name = Buffer.from(nameOf(i))
    const data = Buffer.from(textOf(i))
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // names are UTF-8
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, data)
    const extra = mode === 'zip64' ? Buffer.alloc(12) : Buffer.alloc(0)
    if (mode === 'zip64') {
      extra.writeUInt16LE(1, 0)
      extra.writeUInt16LE(8, 2)
      extra.writeBigUInt64LE(BigInt(offset), 4)
    }
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(45, 4)
    central.writeUInt16LE(45, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt16LE(extra.length, 30)
    central.writeUInt32LE(mode === 'zip64' ? 0xffffffff : offset, 42)
    centrals.push(central, name, extra)
    offset += 30 + name.length + data.length
  }
  const cd = Buffer.concat(centrals)
  const tail: Buffer[] = []
  if (mode === 'zip64') {
    const record = Buffer.alloc(56)
    record.writeUInt32LE(0x06064b50, 0)
    record.writeBigUInt64LE(44n, 4)
    record.writeUInt16LE(45, 12)
    record.writeUInt16LE(45, 14)
    record.writeBigUInt64LE(BigInt(n), 24)
    record.writeBigUInt64LE(BigInt(n), 32)
    record.writeBigUInt64LE(BigInt(cd.length), 40)
    record.writeBigUInt64LE(BigInt(offset), 48)
    const locator = Buffer.alloc(20)
    locator.writeUInt32LE(0x07064b50, 0)
    locator.writeBigUInt64LE(BigInt(offset + cd.length), 8)
    locator.writeUInt32LE(1, 16)
    tail.push(record, locator)
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(mode === 'zip64' ? 0xffff : n & 0xffff, 8)
  end.writeUInt16LE(mode === 'zip64' ? 0xffff : n & 0xffff, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(mode === 'zip64' ? 0xffffffff : offset, 16)
  return Buffer.concat([...locals, cd, ...tail, end])
}

function readText(bytes: Uint8Array, name: string): string {
  const entry = listZip(bytes).find((e) => e.name === name)!
  const out = readEntry(bytes, entry, 1024)
  return 'bytes' in out ? Buffer.from(out.bytes).toString('utf8') : 'too large'
}

describe('archives of more than 65,535 entries', () => {
  it.each(['classic', 'zip64'] as const)('a %s archive of 70,000 entries lists all of them, and the last one reads right', (mode) => {
    const bytes = storedZip(ENTRIES, mode)
    const entries = listZip(bytes)
    expect(entries).toHaveLength(ENTRIES)
    expect(entries[ENTRIES - 1].name).toBe(nameOf(ENTRIES - 1))
    expect(readText(bytes, nameOf(ENTRIES - 1))).toBe(textOf(ENTRIES - 1))
    // 65,536: the first entry a 16-bit count cannot reach.
    expect(readText(bytes, nameOf(65_536))).toBe(textOf(65_536))
  })

  it.each(['classic', 'zip64'] as const)(
    'a %s archive whose directory is damaged part way is refused with the counts, not read short',
    (mode) => {
      const bytes = storedZip(ENTRIES, mode)
      // Break the signature of the 40,001st central record: a reader that trusts the walk stops there quietly.
      const central = Buffer.from([0x50, 0x4b, 0x01, 0x02])
      let at = bytes.indexOf(central)
      for (let i = 0; i < 40_000; i++) at = bytes.indexOf(central, at + 4)
      bytes[at + 3] = 0x09
      const declared = mode === 'zip64' ? '70000 entries' : `${ENTRIES & 0xffff} entries`
      expect(() => listZip(bytes)).toThrow(`its directory lists ${declared} but 40000 could be read: the archive is damaged or cut short`)
      // The same refusal reaches the researcher, naming the file, when it is a .qdpx.
      const file = join(tempDir(), 'big.qdpx')
      writeFileSync(file, bytes)
      expect(() => openArchive(file, bytes)).toThrow(
        /big\.qdpx is not a readable \.qdpx archive \(its directory lists .* but 40000 could be read/,
      )
    },
  )
})
