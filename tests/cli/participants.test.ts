/** `needle participants <project> list|show|rename|merge|split`, run as a user would. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../helpers/tmp'
import { needle } from './run'

describe('needle participants', () => {
  it('lists, renames, splits and merges participants, with --json', () => {
    const d = { cwd: tempDir(), home: tempDir() }
    writeFileSync(join(d.cwd, 'otter-1.txt'), 'Speaker 1: How do you plan?\nSpeaker 2: On paper.\nSpeaker 2: Every day.\n')
    writeFileSync(join(d.cwd, 'otter-2.txt'), 'Speaker 1: And you?\nSpeaker 2: With an app.\n')
    needle(['new', 'p'], d)
    expect(needle(['import', 'p.needle', 'otter-1.txt', 'otter-2.txt'], d).code).toBe(0)

    const list = JSON.parse(needle(['participants', 'p.needle', 'list', '--json'], d).stdout).participants as {
      id: number
      label: string
    }[]
    // Generic labels are people of their own interview.
    expect(list.map((p) => p.label).sort()).toEqual([
      'Speaker 1 (otter-1)',
      'Speaker 1 (otter-2)',
      'Speaker 2 (otter-1)',
      'Speaker 2 (otter-2)',
    ])
    const id = (label: string) => list.find((p) => p.label === label)!.id

    const renamed = JSON.parse(
      needle(['participants', 'p.needle', 'rename', String(id('Speaker 2 (otter-1)')), 'Dana', 'Levi', '--json'], d).stdout,
    )
    expect(renamed).toMatchObject({ displayName: 'Dana Levi', utterances: 2 })

    const shown = JSON.parse(needle(['participants', 'p.needle', 'show', String(id('Speaker 2 (otter-1)')), '--json'], d).stdout)
    const lastTurn = shown.turns.at(-1) as { id: number; text: string }
    expect(lastTurn.text).toBe('Every day.')
    const split = needle(
      ['participants', 'p.needle', 'split', String(id('Speaker 2 (otter-1)')), '--name', 'Second voice', '--turns', String(lastTurn.id)],
      d,
    )
    expect(split.stderr).toBe('')
    expect(split.stdout).toMatch(/^Split off #\d+ Second voice: 1 document, 1 turn\b/)

    const merged = JSON.parse(
      needle(
        ['participants', 'p.needle', 'merge', String(id('Speaker 2 (otter-2)')), '--into', String(id('Speaker 2 (otter-1)')), '--json'],
        d,
      ).stdout,
    )
    expect(merged).toMatchObject({ displayName: 'Dana Levi', utterances: 2, documents: 2 })

    const bad = needle(['participants', 'p.needle', 'split', String(id('Speaker 1 (otter-1)')), '--name', 'X'], d)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--turns <ids> and\/or --documents <ids>/)
    const help = needle(['participants', '--help'], d)
    expect(help.stdout).toMatch(/split <id> --name <name>/)
  }, 180_000)
})
