/**
 * Default code colours: each kind has its own hue family, so a reader tells a deadline from a
 * need at a glance, and codes of one kind step through shades of that family. Chosen to stay
 * readable as a translucent highlight under dark text in both light and dark themes.
 */
import type { CodeKind } from '../../../shared/domain'

const PALETTES: Record<CodeKind, string[]> = {
  need: ['#4c9f70', '#6fbf8f', '#2f7d55', '#8fd1a8'],
  deadline: ['#e08e2b', '#f0a84e', '#c2741a', '#f5c27a'],
  emergency: ['#d9534f', '#e8776f', '#b83b37', '#f09a94'],
  demand: ['#7a5cc2', '#9a80d6', '#5f43a6', '#b9a6e6'],
  dependency: ['#3f8fc9', '#62a9dc', '#2a72a8', '#8fc3ea'],
  pain: ['#c2507a', '#d67498', '#a13a62', '#e59db7'],
  goal: ['#2aa3a3', '#4dbdbd', '#1b8585', '#7fd4d4'],
  behaviour: ['#8a7d3a', '#a89a55', '#6e6228', '#c4b87c'],
  theme: ['#5b6f8a', '#7b8ea8', '#44566e', '#a0b0c4'],
  custom: ['#8e8e8e', '#a67c52', '#5e8c61', '#9a6fb0'],
}

export function defaultColor(kind: CodeKind, existingOfKind: number): string {
  const palette = PALETTES[kind]
  return palette[existingOfKind % palette.length]
}
