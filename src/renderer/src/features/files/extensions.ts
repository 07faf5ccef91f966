/** File-name extensions as the picker compares them: lowercase, without the dot. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

/** A typed name with the extension added unless it already ends with it. */
export function withExtension(name: string, extension: string): string {
  if (!extension || extensionOf(name) === extension.toLowerCase()) return name
  return `${name}.${extension}`
}
