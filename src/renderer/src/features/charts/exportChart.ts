/**
 * Chart export without a server: the chart's own SVG, made standalone (computed colours and fonts
 * written onto each element, since CSS variables and stylesheets do not travel with the file),
 * rasterised through a canvas for PNG, and saved with a Blob + <a download>, which works in the
 * browser edition and in the desktop app alike.
 */

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
]

/** The chart's main SVG: ours are marked data-chart; a Mantine chart's is recharts' surface. */
export function findChartSvg(root: HTMLElement): SVGSVGElement | null {
  return root.querySelector<SVGSVGElement>('svg[data-chart]') ?? root.querySelector<SVGSVGElement>('svg.recharts-surface')
}

export function serializeSvg(
  svg: SVGSVGElement,
  background: string,
  title?: ExportTitle,
): { markup: string; width: number; height: number } {
  const box = svg.getBoundingClientRect()
  const width = Math.ceil(box.width)
  const height = Math.ceil(box.height)
  const clone = svg.cloneNode(true) as SVGSVGElement
  const source = [svg, ...svg.querySelectorAll('*')]
  const target = [clone, ...clone.querySelectorAll('*')]
  source.forEach((el, i) => {
    const style = getComputedStyle(el)
    const out = target[i] as SVGElement
    for (const prop of STYLE_PROPS) {
      const value = style.getPropertyValue(prop)
      if (value) out.setAttribute(prop, value)
    }
    out.removeAttribute('class')
  })
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  clone.setAttribute('width', String(width))
  clone.setAttribute('height', String(height))
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`)
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect')
  bg.setAttribute('x', '0')
  bg.setAttribute('y', '0')
  bg.setAttribute('width', '100%')
  bg.setAttribute('height', '100%')
  bg.setAttribute('fill', background)
  clone.insertBefore(bg, clone.firstChild)
  const markup = new XMLSerializer().serializeToString(clone)
  return title ? withTitle(markup, width, height, title, background, getComputedStyle(svg)) : { markup, width, height }
}

/** What an exported chart is called, in the project language (a chart travels into a report in that language). */
export interface ExportTitle {
  text: string
  dir: 'ltr' | 'rtl'
}

const TITLE_BAND = 32

function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
}

/**
 * The chart under a title band: an outer SVG holds the title at the reading start (the right edge
 * for Arabic, laid out right to left) and the chart itself as a nested SVG below it.
 */
function withTitle(
  chart: string,
  width: number,
  height: number,
  title: ExportTitle,
  background: string,
  style: CSSStyleDeclaration,
): { markup: string; width: number; height: number } {
  const rtl = title.dir === 'rtl'
  const total = height + TITLE_BAND
  const text =
    `<text x="${rtl ? width - 8 : 8}" y="22" direction="${title.dir}" text-anchor="start" font-size="15" font-weight="600" ` +
    `font-family="${escapeXml(style.fontFamily)}" fill="${escapeXml(style.color || '#000')}">${escapeXml(title.text)}</text>`
  const nested = chart.replace(/^<svg\b/, `<svg y="${TITLE_BAND}"`)
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">` +
    `<rect x="0" y="0" width="100%" height="100%" fill="${escapeXml(background)}"/>${text}${nested}</svg>`
  return { markup, width, height: total }
}

export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  // A data: URL, not a blob: one: the content security policy allows images only from 'self' and data:.
  const image = new Image()
  image.decoding = 'async'
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.round(width * scale))
  canvas.height = Math.max(1, Math.round(height * scale))
  const ctx = canvas.getContext('2d')!
  ctx.scale(scale, scale)
  ctx.drawImage(image, 0, 0, width, height)
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  )
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** A UTF-8 BOM so spreadsheet programs read Arabic names correctly. */
export function csvBlob(csv: string): Blob {
  return new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' })
}
