/** What marks a file as a Needle project, and how to tell without letting SQLite touch it. */
import { closeSync, openSync, readSync } from 'node:fs'

/** PRAGMA application_id of every Needle project: "NEDL" in ASCII. */
export const APPLICATION_ID = 0x4e45444c

export const PROJECT_EXTENSION = '.needle'

const SQLITE_MAGIC = 'SQLite format 3\u0000'

/**
 * Reads the 100-byte SQLite header directly, so a text file named x.needle is refused
 * before SQLite opens it (SQLite must never be given the chance to write to it).
 */
export function readSqliteHeader(path: string): { isSqlite: boolean; applicationId: number; userVersion: number } {
  const fd = openSync(path, 'r')
  try {
    const buf = Buffer.alloc(100)
    const n = readSync(fd, buf, 0, 100, 0)
    if (n < 100 || buf.toString('latin1', 0, 16) !== SQLITE_MAGIC) return { isSqlite: false, applicationId: 0, userVersion: 0 }
    return { isSqlite: true, userVersion: buf.readUInt32BE(60), applicationId: buf.readUInt32BE(68) }
  } finally {
    closeSync(fd)
  }
}
