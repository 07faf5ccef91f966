/** What marks a file as a Needle project, and how to tell without letting SQLite touch it. */
import { closeSync, openSync, readSync } from 'node:fs'

/** PRAGMA application_id of every Needle project: "NEDL" in ASCII. */
export const APPLICATION_ID = 0x4e45444c

export const PROJECT_EXTENSION = '.needle'

const SQLITE_MAGIC = 'SQLite format 3\u0000'

export interface SqliteHeader {
  isSqlite: boolean
  applicationId: number
  userVersion: number
  /** Header bytes 18/19 = 2: the file was last written in WAL mode (open, copied while open, or after a crash). */
  walMode: boolean
}

/**
 * Reads the 100-byte SQLite header directly, so a text file named x.needle is refused
 * before SQLite opens it (SQLite must never be given the chance to write to it).
 */
export function readSqliteHeader(path: string): SqliteHeader {
  const fd = openSync(path, 'r')
  try {
    const buf = Buffer.alloc(100)
    const n = readSync(fd, buf, 0, 100, 0)
    if (n < 100 || buf.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
      return { isSqlite: false, applicationId: 0, userVersion: 0, walMode: false }
    }
    return {
      isSqlite: true,
      userVersion: buf.readUInt32BE(60),
      applicationId: buf.readUInt32BE(68),
      walMode: buf[18] === 2 || buf[19] === 2,
    }
  } finally {
    closeSync(fd)
  }
}
