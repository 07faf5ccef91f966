/**
 * A left-out note in English, for the CLI. The app words the same notes through its i18n files
 * (crumbs.leftOut.<code>, English and Arabic); keep the two saying the same thing.
 */
import type { LeftOutNote } from '../contract/breadcrumbs'

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

export function leftOutSentence(note: LeftOutNote): string {
  switch (note.code) {
    case 'noEvents':
      return `${n(note.count, 'participant has', 'participants have')} no events and ${note.count === 1 ? 'is' : 'are'} not counted.`
    case 'afterOutcome':
      return `${n(note.count, 'event', 'events')} after a customer's outcome ${note.count === 1 ? 'was' : 'were'} not counted.`
    case 'beforeWindow':
      return `${n(note.count, 'event', 'events')} before the ${note.days}-day window ${note.count === 1 ? 'was' : 'were'} not counted.`
    case 'noneStayed':
      return 'Everyone with events had the outcome: there is no one who stayed to compare with.'
    case 'outcomeUndated':
      return `${n(note.count, 'customer has', 'customers have')} ${note.attribute} = ${note.value} with no date for it (imported without a date column) and ${note.count === 1 ? 'is' : 'are'} in neither group.`
  }
}
