#!/usr/bin/env node
// Renders resources/icons/needle.svg (the app) and needle-file.svg (a .needle project file) to the
// PNG sizes the installers and windows use, with the system Chromium (the one the PDF export uses),
// and packs them into .ico (Windows) and .icns (macOS), both of which hold PNGs.
// Run after changing an SVG: `node scripts/icons/render.mjs`. The outputs are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const dir = join(dirname(dirname(dirname(fileURLToPath(import.meta.url)))), 'resources', 'icons')
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
// icns chunk types holding PNG data, by pixel size (ic11-ic14 are the @2x variants of 16-256).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
]

function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // icon
  header.writeUInt16LE(pngs.length, 4)
  let offset = header.length
  pngs.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i
    header.writeUInt8(size >= 256 ? 0 : size, at) // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, at + 1)
    header.writeUInt16LE(1, at + 4) // colour planes
    header.writeUInt16LE(32, at + 6) // bits per pixel
    header.writeUInt32LE(data.length, at + 8)
    header.writeUInt32LE(offset, at + 12)
    offset += data.length
  })
  return Buffer.concat([header, ...pngs.map((p) => p.data)])
}

function icns(bySize) {
  const chunks = ICNS_TYPES.map(([type, size]) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'latin1')
    head.writeUInt32BE(8 + bySize.get(size).length, 4)
    return Buffer.concat([head, bySize.get(size)])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'latin1')
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4)
  return Buffer.concat([head, ...chunks])
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' })
try {
  for (const [name, outDir] of [
    ['needle', 'png'],
    ['needle-file', 'file-png'],
  ]) {
    const svg = readFileSync(join(dir, `${name}.svg`), 'utf8')
    mkdirSync(join(dir, outDir), { recursive: true })
    const bySize = new Map()
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } })
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`,
      )
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
      await page.close()
      bySize.set(size, png)
      writeFileSync(join(dir, outDir, `${size}x${size}.png`), png)
    }
    writeFileSync(join(dir, `${name}.ico`), ico(ICO_SIZES.map((size) => ({ size, data: bySize.get(size) }))))
    writeFileSync(join(dir, `${name}.icns`), icns(bySize))
  }
} finally {
  await browser.close()
}
console.log(`icons written to ${dir}`)
