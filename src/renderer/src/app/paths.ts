/** Path handling for display and for the in-app picker; paths may come from Windows or POSIX machines. */
export function separatorOf(path: string): string {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/'
}

export function baseName(path: string): string {
  const parts = path.split(/[\\/]/)
  return parts[parts.length - 1] || path
}

export function folderOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  return i <= 0 ? path.slice(0, i + 1) || path : path.slice(0, i)
}

/** A project's display name: its file name without the .needle extension. */
export function projectName(path: string): string {
  return baseName(path).replace(/\.needle$/i, '')
}

export function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\\\') || /^[A-Za-z]:[\\/]/.test(path)
}

export function joinPath(dir: string, name: string): string {
  if (isAbsolute(name)) return name
  const sep = separatorOf(dir)
  return dir.endsWith(sep) ? dir + name : dir + sep + name
}

export function withNeedleExtension(name: string): string {
  return /\.needle$/i.test(name) ? name : `${name}.needle`
}

/** Backups live in `<project>.backups/`; a corrupt error lists them, which tells us the project's path. */
export function projectOfBackup(backup: string): string {
  return folderOf(backup).replace(/\.backups$/, '')
}
