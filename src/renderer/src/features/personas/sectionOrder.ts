/** Section order edits as patches for personas.update: every section gets its new position. */
import type { PersonaSection } from '../../../../shared/persona/content'

export function inOrder(sections: PersonaSection[]): PersonaSection[] {
  return [...sections].sort((a, b) => a.order - b.order)
}

export function moved(sections: PersonaSection[], id: string, to: number): { id: string; order: number }[] {
  const list = inOrder(sections)
  const from = list.findIndex((s) => s.id === id)
  if (from < 0 || to < 0 || to >= list.length || from === to) return []
  const [item] = list.splice(from, 1)
  list.splice(to, 0, item)
  return list.map((s, order) => ({ id: s.id, order }))
}

/** A fresh id for a custom section ("custom-1", "custom-2", ...). */
export function customId(sections: PersonaSection[]): string {
  let n = 1
  while (sections.some((s) => s.id === `custom-${n}`)) n++
  return `custom-${n}`
}
