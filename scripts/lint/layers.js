/**
 * Needle's layering as an ESLint rule (`needle/layers`), so a leak fails `npm run lint` instead of
 * waiting for a review. Why a rule of our own rather than `no-restricted-imports` per folder:
 * - it resolves each relative import to the file it names before judging it, so a folder that
 *   happens to be called `web` or `main` somewhere else never trips it, and `../../dispatch` is
 *   caught from any depth;
 * - it sees every way in: `import`, `import type`, `export … from`, `import()`, `typeof import()`
 *   and `require()` (the core rule misses dynamic imports, which is how a service once reached
 *   into the Electron folder);
 * - the whole map is the table below, one row per boundary, each with the reason a reader sees.
 * Import cycles are madge's job (`npm run cycles`): a rule sees one file at a time.
 */
import { builtinModules } from 'node:module'
import { dirname, relative, resolve, sep } from 'node:path'

const NODE_BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')))

/** Kinds of target a boundary can forbid: project paths (prefixes from the root) or packages. */
const NODE = { node: true }
const pkg = (name) => ({ pkg: name })
const path = (prefix) => ({ path: prefix })

/**
 * Each boundary: the files it governs (path prefixes from the project root), what they must not
 * import, and why. DESIGN.md's architecture, made executable.
 */
export const BOUNDARIES = [
  {
    id: 'shared-is-pure',
    files: ['src/shared/'],
    forbid: [path('src/main/'), path('src/renderer/'), path('src/preload/'), NODE, pkg('electron')],
    why: 'src/shared runs both in Node and in the page: it imports only src/shared and environment-free packages',
  },
  {
    id: 'renderer-stays-in-the-page',
    files: ['src/renderer/'],
    forbid: [path('src/main/'), path('src/preload/'), NODE, pkg('electron')],
    why: 'the renderer reaches the main process only through the api client (dispatch over IPC or HTTP)',
  },
  {
    id: 'core-knows-no-transport',
    files: ['src/main/services/', 'src/main/db/', 'src/main/importers/'],
    forbid: [path('src/main/electron/'), path('src/main/web/'), path('src/main/cli/'), path('src/main/dispatch'), pkg('electron')],
    why: 'services, db and importers serve every transport, so they import none of them (transports hand them what they need through the Session)',
  },
  {
    id: 'storage-below-services',
    files: ['src/main/db/', 'src/main/importers/'],
    forbid: [path('src/main/services/')],
    why: 'db and importers sit below the services: the import service hands importers what they need',
  },
  {
    id: 'electron-only-in-the-shell',
    files: ['src/'],
    except: ['src/main/electron/', 'src/preload/'],
    forbid: [pkg('electron')],
    why: 'only the desktop shell and the preload may load Electron (the CLI, the browser edition and tests run in plain Node)',
  },
  {
    id: 'shell-borrows-nothing-from-the-browser-edition',
    files: ['src/main/electron/'],
    forbid: [path('src/main/web/')],
    why: 'what the Electron shell and the browser edition both need (headers, static files) lives in a neutral module, src/main/serving',
  },
  {
    id: 'browser-edition-and-cli-without-the-shell',
    files: ['src/main/web/', 'src/main/cli/'],
    forbid: [path('src/main/electron/')],
    why: 'the browser edition and the CLI run in plain Node, where the Electron shell cannot load',
  },
]

function toPosix(p) {
  return p.split(sep).join('/')
}

function startsWithPath(target, prefix) {
  // A folder: anything inside it, or the folder itself (its index).
  if (prefix.endsWith('/')) return target.startsWith(prefix) || target === prefix.slice(0, -1)
  // A file prefix without extension: src/main/dispatch matches dispatch.ts and dispatch/…
  return target === prefix || target.startsWith(`${prefix}.`) || target.startsWith(`${prefix}/`)
}

function packageName(spec) {
  const parts = spec.split('/')
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/** What a specifier names: a project path (from the root) or a package. */
function classify(spec, file, root) {
  if (spec.startsWith('.') || spec.startsWith('/')) return { path: toPosix(relative(root, resolve(dirname(file), spec))) }
  if (spec.startsWith('node:') || NODE_BUILTINS.has(packageName(spec))) return { node: true, pkg: packageName(spec) }
  return { pkg: packageName(spec) }
}

function violation(boundary, target) {
  for (const f of boundary.forbid) {
    if (f.node && target.node) return 'a Node built-in module'
    if (f.pkg && target.pkg === f.pkg) return `the "${f.pkg}" package`
    if (f.path && target.path !== undefined && startsWithPath(target.path, f.path)) return target.path
  }
  return null
}

/** @type {import('eslint').Rule.RuleModule} */
const layers = {
  meta: {
    type: 'problem',
    docs: { description: "Keeps each layer's imports to what DESIGN.md's architecture allows" },
    schema: [],
    messages: { forbidden: '{{file}} must not import {{what}} ({{id}}): {{why}}.' },
  },
  create(context) {
    const root = context.cwd
    const file = toPosix(relative(root, context.filename))
    const boundaries = BOUNDARIES.filter(
      (b) => b.files.some((f) => file.startsWith(f)) && !(b.except ?? []).some((f) => file.startsWith(f)),
    )
    if (boundaries.length === 0) return {}
    const check = (node, spec) => {
      if (typeof spec !== 'string') return
      const target = classify(spec, context.filename, root)
      for (const b of boundaries) {
        const what = violation(b, target)
        if (what) context.report({ node, messageId: 'forbidden', data: { file, what, id: b.id, why: b.why } })
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportType: (node) => {
        const arg = node.argument?.literal ?? node.argument
        if (arg?.type === 'Literal') check(arg, arg.value)
      },
      CallExpression: (node) => {
        const [arg] = node.arguments
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && arg?.type === 'Literal') check(arg, arg.value)
      },
    }
  },
}

export default { rules: { layers } }
