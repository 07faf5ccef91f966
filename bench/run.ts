/**
 * `npm run bench`: every benchmark in bench/, one after another, each printing its figures and
 * its ratio to the physical pipeline it is judged against. `npm run bench -- imports search`
 * runs only those. Each module also runs alone (npx tsx bench/<name>.ts). Targets are judged
 * through targets.ts: a missed target makes the run exit non-zero. `npm run bench:ci` is CI's quick
 * subset (`--quick --tolerance=3 cli search`): small data, failing only on a gross regression.
 *
 * Modules are found by listing bench/ (any .ts file exporting `run`), so a new benchmark needs
 * no registration here; ORDER only puts the known ones first, cheapest first.
 */
import { readdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { allVerdicts, tolerance } from './targets'

const HERE = dirname(fileURLToPath(import.meta.url))
const ORDER = ['cli', 'segmentation', 'search', 'imports', 'personas']

function available(): string[] {
  const names = readdirSync(HERE)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f !== basename(fileURLToPath(import.meta.url)) && f !== 'targets.ts')
    .map((f) => f.slice(0, -3))
  const rank = (n: string) => (ORDER.includes(n) ? ORDER.indexOf(n) : ORDER.length)
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}

async function main(): Promise<void> {
  const all = available()
  const flags = process.argv.slice(2).filter((a) => a.startsWith('-'))
  // --quick: smaller data; --tolerance=N: fail only when a figure misses its target by more than N× (CI's quick run).
  if (flags.includes('--quick')) process.env.NEEDLE_BENCH_QUICK = '1'
  const tol = flags.find((f) => f.startsWith('--tolerance='))
  if (tol) process.env.NEEDLE_BENCH_TOLERANCE = tol.slice('--tolerance='.length)
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'))
  const unknown = wanted.filter((w) => !all.includes(w))
  if (unknown.length) {
    console.error(`Unknown benchmark: ${unknown.join(', ')}. Available: ${all.join(', ')}.`)
    process.exit(2)
  }
  const chosen = wanted.length ? all.filter((n) => wanted.includes(n)) : all
  const failed: string[] = []
  const t0 = performance.now()
  for (const name of chosen) {
    const mod = (await import(pathToFileURL(join(HERE, `${name}.ts`)).href)) as { run?: () => Promise<void> }
    if (typeof mod.run !== 'function') continue
    const t = performance.now()
    try {
      await mod.run()
      console.log(`  (${name}: ${((performance.now() - t) / 1000).toFixed(1)} s)`)
    } catch (err) {
      // One broken benchmark must not hide the figures of the others.
      failed.push(name)
      console.error(`\n${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
    }
  }
  console.log(
    `\nBenchmarks done in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${chosen.join(', ')}${failed.length ? `; FAILED: ${failed.join(', ')}` : ''}`,
  )
  const missed = allVerdicts().filter((v) => !v.met)
  const failing = missed.filter((v) => v.fails)
  if (missed.length) {
    console.log(`\nTargets missed (${missed.length} of ${allVerdicts().length}; tolerance ${tolerance()}×):`)
    for (const v of missed)
      console.log(`  ${v.fails ? 'FAIL' : 'warn'} ${v.label}: ${v.value.toFixed(2)} (target ${v.bound === 'max' ? '≤' : '≥'} ${v.target})`)
  } else console.log(`\nAll ${allVerdicts().length} targets met.`)
  if (failed.length || failing.length) process.exitCode = 1
}

await main()
