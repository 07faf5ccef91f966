/** Where the coding screen should open next (search's "open at the match"), read once when it shows. */
export interface CodingTarget {
  documentId: number
  start: number
  end: number
}

let next: CodingTarget | null = null

export function setCodingTarget(target: CodingTarget): void {
  next = target
}

export function takeCodingTarget(): CodingTarget | null {
  const t = next
  next = null
  return t
}
