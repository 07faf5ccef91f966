/** A persona as JSON: the card, its quotes with their sources, and the avatar picture if any. */
import type { ExportItem } from './render'

export const PERSONA_JSON_FORMAT = 'needle.persona/1'

export function personaJson(item: ExportItem) {
  const { persona, quotes, imageUrl } = item
  return {
    format: PERSONA_JSON_FORMAT,
    exportedAt: new Date().toISOString(),
    persona: { ...persona, avatarImage: imageUrl },
    evidence: quotes,
  }
}
