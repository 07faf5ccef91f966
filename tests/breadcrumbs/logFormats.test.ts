/**
 * Event logs as other tools export them, each a planted log rewritten the way that tool writes it:
 * product-analytics and billing exports (Mixpanel, Stripe and the like) with Unix time in seconds
 * or milliseconds under headers such as `ts`, `user_id`, `event_name`, or a unique event `id`
 * before the customer; an Arabic export with Arabic headers and Arabic-Indic digits. Each must
 * give the same breadcrumbs as the same log written with ISO dates.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { call } from '../../src/main/dispatch'
import { readEventDate } from '../../src/main/importers/events/dates'
import { syntheticEventLog } from '../../src/main/services/breadcrumbs/synthetic'
import { SettingsStore } from '../../src/main/services/settings/store'
import { Session } from '../../src/main/session'
import { tempDir } from '../helpers/tmp'

/** The synthetic log with its ISO days written as Unix time (seconds or milliseconds) at some time of that day in UTC. */
function asUnixTime(csv: string, unit: 's' | 'ms'): string {
  const [header, ...lines] = csv.trimEnd().split('\n')
  expect(header.startsWith('customer_id,date,event,')).toBe(true)
  let k = 0
  const rows = lines.map((line) =>
    line.replace(/^([^,]*),(\d{4})-(\d{2})-(\d{2}),/, (_, id: string, y: string, m: string, d: string) => {
      const seconds = Date.UTC(+y, +m - 1, +d) / 1000 + ((k++ * 7919) % 86_400)
      return `${id},${unit === 's' ? seconds : seconds * 1000 + (k % 1000)},`
    }),
  )
  return [header.replace('customer_id,date,event,', 'user_id,ts,event_name,'), ...rows].join('\n') + '\n'
}

async function breadcrumbs(csv: string, kind?: 'events') {
  const dir = tempDir()
  const session = new Session('desktop', new SettingsStore(join(dir, 'settings.json')))
  await call(session, 'project.create', { path: join(dir, 'p.needle') })
  const file = join(dir, 'log.csv')
  writeFileSync(file, csv)
  const {
    sources: [imported],
  } = await call(session, 'import.run', { jobId: 't', files: [{ path: file, options: kind ? { kind } : {} }] })
  const result = await call(session, 'breadcrumbs.analyze', { outcome: 'Subscription cancelled', windowDays: 60 })
  session.closeProject()
  return { imported, result }
}

describe('event logs with Unix time', () => {
  it.each([
    ['1709640000', '2024-03-05T12:00:00Z'],
    ['1709640000123', '2024-03-05T12:00:00.123Z'],
    ['1709640000.5', '2024-03-05T12:00:00.500Z'],
  ])('reads %s as %s (UTC, stated)', (cell, iso) => {
    expect(readEventDate(cell, 'ymd').date?.iso).toBe(iso)
  })

  it('does not take a short number, a phone number or a far-off instant for a time', () => {
    for (const cell of ['12345678', '0201234567', '99999999999999', '4200000000']) expect(readEventDate(cell, 'ymd').date).toBeNull()
  })

  it('gives the same breadcrumbs from seconds and milliseconds as from ISO dates, and finds the log without being told', async () => {
    const log = syntheticEventLog({ customers: 400, seed: 5 })
    const iso = await breadcrumbs(log.csv, 'events')
    const failed = (r: typeof iso.result) => r.breadcrumbs.find((b) => b.label === 'Payment failed')!
    expect(failed(iso.result).churnedShare).toBeGreaterThan(0.25)
    for (const unit of ['s', 'ms'] as const) {
      const unix = await breadcrumbs(asUnixTime(log.csv, unit))
      expect(unix.imported.kind).toBe('events')
      expect(unix.imported.rows).toBe(log.rows)
      expect([unix.result.churned, unix.result.retained]).toEqual([iso.result.churned, iso.result.retained])
      expect(failed(unix.result)).toMatchObject({
        churnedCount: failed(iso.result).churnedCount,
        retainedCount: failed(iso.result).retainedCount,
      })
    }
  }, 120_000)
})

describe('a billing export', () => {
  it('takes the repeating customer column as who, not the event’s own unique id, and the created time as when', async () => {
    const log = syntheticEventLog({ customers: 200, seed: 9 })
    // Stripe-style: id (one per event), created (Unix seconds), type, customer.
    const [header, ...lines] = asUnixTime(log.csv, 's').trimEnd().split('\n')
    expect(header.startsWith('user_id,ts,event_name,')).toBe(true)
    const stripe =
      [
        'id,created,type,customer',
        ...lines.map((l, i) => {
          const [who, ts, type] = l.split(',')
          return `evt_${String(i).padStart(6, '0')},${ts},${type},${who}`
        }),
      ].join('\n') + '\n'
    const iso = await breadcrumbs(log.csv, 'events')
    // Told it is an event log (a bare "type" header is too common to decide that alone); the roles are inferred.
    const billing = await breadcrumbs(stripe, 'events')
    expect(billing.imported.kind).toBe('events')
    expect(billing.imported.participants).toBe(200)
    expect([billing.result.churned, billing.result.retained]).toEqual([iso.result.churned, iso.result.retained])
  }, 120_000)
})

describe('an Arabic export', () => {
  it('reads Arabic headers and dates in Arabic-Indic digits as the same log', async () => {
    const log = syntheticEventLog({ customers: 200, seed: 4, language: 'ar' })
    const [, ...lines] = log.csv.trimEnd().split('\n')
    const indic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)))
    const arabic =
      [
        'العميل,التاريخ,الحدث,القناة,المبلغ,النص',
        ...lines.map((l) => l.replace(/^([^,]*),([^,]*),/, (_, who: string, day: string) => `${who},${indic(day)},`)),
      ].join('\n') + '\n'
    expect(arabic).toMatch(/[\u0660-\u0669]{4}-[\u0660-\u0669]{2}/)
    const iso = await breadcrumbs(log.csv, 'events')
    const ar = await breadcrumbs(arabic, 'events')
    expect(ar.imported.rows).toBe(log.rows)
    expect([ar.result.churned, ar.result.retained]).toEqual([iso.result.churned, iso.result.retained])
    const failed = (r: typeof iso.result) => r.breadcrumbs.find((b) => b.label === 'Payment failed')!
    expect(failed(ar.result).churnedCount).toBe(failed(iso.result).churnedCount)
  }, 120_000)
})
