/**
 * The outcome picker lists event types and attribute values (Lifecycle stage = churned) in one
 * Select; its value is a key that says which: "event:<type>" or "attribute:["<name>","<value>"]".
 */
import type { TFunction } from 'i18next'
import type { OutcomeChoices } from '../../../../shared/contract/breadcrumbs'

export function readOutcomeKey(key: string): { outcome: string; outcomeAttribute?: string } {
  if (key.startsWith('attribute:')) {
    const [attribute, value] = JSON.parse(key.slice('attribute:'.length)) as [string, string]
    return { outcome: value, outcomeAttribute: attribute }
  }
  return { outcome: key.slice('event:'.length) }
}

export function outcomeOptions(choices: OutcomeChoices, t: TFunction) {
  const events = choices.events.map((e) => ({ value: `event:${e.type}`, label: e.type }))
  const attributes = choices.attributes.map((a) => ({
    value: `attribute:${JSON.stringify([a.attribute, a.value])}`,
    label: t('crumbs.outcome.attributeValue', { attribute: a.attribute, value: a.value, count: a.count }),
  }))
  const data = [
    ...(events.length ? [{ group: t('crumbs.outcome.events'), items: events }] : []),
    ...(attributes.length ? [{ group: t('crumbs.outcome.attributes'), items: attributes }] : []),
  ]
  /** The first choice whose wording says someone left (an event first, then an attribute value). */
  const guess = (re: RegExp): string | null =>
    events.find((e) => re.test(e.label))?.value ?? attributes.find((a) => re.test(a.value))?.value ?? null
  return { data, guess }
}
