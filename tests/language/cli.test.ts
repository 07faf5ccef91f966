/**
 * The project language on the command line, as a user runs `needle`: shown by `needle info`, shown
 * and set by `needle language`, and the language `needle personas --from-segments` drafts in.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { needle } from '../cli/run'
import { tempDir } from '../helpers/tmp'
import { arabicSurvey } from './arabicSurvey'

describe('needle language', () => {
  it('shows the detected language, sets it, follows the content again with auto, and drafts in it', () => {
    const d = { cwd: tempDir('needle-cli-'), home: tempDir('needle-home-') }
    writeFileSync(join(d.cwd, 'survey.csv'), arabicSurvey({ perGroup: 20 }).csv)
    expect(needle(['new', 'study'], d).code).toBe(0)
    expect(needle(['import', 'study.needle', 'survey.csv', '--kind', 'survey'], d).code).toBe(0)

    const info = needle(['info', 'study.needle'], d)
    expect(info.stdout).toMatch(/^Language: Arabic \(ar, detected from the content\)$/m)
    expect(JSON.parse(needle(['info', 'study.needle', '--json'], d).stdout).language).toEqual({
      language: 'ar',
      chosen: null,
      detected: 'ar',
    })

    const set = needle(['language', 'study.needle', 'en'], d)
    expect(set.code).toBe(0)
    expect(set.stdout.trim()).toBe('Language: English (en, chosen; the content reads as Arabic)')
    expect(JSON.parse(needle(['language', 'study.needle', '--json'], d).stdout)).toEqual({ language: 'en', chosen: 'en', detected: 'ar' })

    const bad = needle(['language', 'study.needle', 'fr'], d)
    expect(bad.code).not.toBe(0)
    expect(bad.errLines).toHaveLength(1)
    expect(bad.errLines[0]).toContain('The language must be en, ar or auto (got "fr")')

    expect(needle(['language', 'study.needle', 'auto'], d).stdout.trim()).toBe('Language: Arabic (ar, detected from the content)')

    // Drafting without --language: the project's (Arabic); --language still overrides.
    expect(needle(['segment', 'study.needle', '--inputs', 'answers', '--k', '3', '--resamples', '0', '--seed', '3'], d).code).toBe(0)
    const drafted = JSON.parse(needle(['personas', 'study.needle', '--from-segments', '--json'], d).stdout)
    expect(drafted.personas.map((p: { language: string }) => p.language)).toEqual(['ar', 'ar', 'ar'])
    for (const p of drafted.personas) expect(p.segment.name).not.toMatch(/\p{Script=Latin}{2,}/u)
    // Each run of the CLI starts Node and loads the sources (seconds each on a busy machine).
  }, 240_000)
})
