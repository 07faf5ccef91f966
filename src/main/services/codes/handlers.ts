import type { HandlerMap } from '../handlers'
import { recordAction } from '../coding/undo'
import { createCode, deleteCode, getCode, listCodes, mergeCodes, moveCode, updateCode } from './codebook'

type Channels = 'codes.list' | 'codes.create' | 'codes.update' | 'codes.move' | 'codes.merge' | 'codes.delete'

export const codeHandlers: HandlerMap<Channels> = {
  'codes.list': (session) => listCodes(session.requireProject().db),
  'codes.create': (session, input) => {
    const id = recordAction(session, `Create code “${input.name}”`, (db) => createCode(db, input))
    return getCode(session.requireProject().db, id)
  },
  'codes.update': (session, { id, ...patch }) => {
    const db = session.requireProject().db
    const before = getCode(db, id)
    const label =
      patch.name && patch.name !== before.name ? `Rename code “${before.name}” to “${patch.name}”` : `Edit code “${before.name}”`
    recordAction(session, label, (tx) => updateCode(tx, id, patch))
    return getCode(db, id)
  },
  'codes.move': (session, { id, parentId, index }) => {
    const name = getCode(session.requireProject().db, id).name
    recordAction(session, `Move code “${name}”`, (db) => moveCode(db, id, parentId, index))
    return listCodes(session.requireProject().db)
  },
  'codes.merge': (session, { from, into }) => {
    const db = session.requireProject().db
    const a = getCode(db, from).name
    const b = getCode(db, into).name
    recordAction(session, `Merge “${a}” into “${b}”`, (tx) => mergeCodes(tx, from, into))
    return getCode(db, into)
  },
  'codes.delete': (session, { id, highlights }) => {
    const name = getCode(session.requireProject().db, id).name
    return recordAction(session, `Delete code “${name}”`, (db) => deleteCode(db, id, highlights))
  },
}
