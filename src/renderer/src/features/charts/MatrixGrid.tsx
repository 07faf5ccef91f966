import { useComputedColorScheme, useDirection } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ChartTable } from './ChartTable'
import { cellColor } from './colorScale'

interface Props {
  rows: string[]
  columns: string[]
  /** values[row][column]; null is "no data", drawn as an empty cell. */
  values: (number | null)[][]
  /** The top of the colour scale (e.g. 20 for opportunity). */
  max: number
  format(value: number): string
  /** Spoken name of the grid, and its table's caption. */
  label: string
  /** What the rows are (the table's first column header): "Segment", "Code". */
  rowHeader: string
  /** English, stable: the table is chart-table-<id>. */
  id: string
  cellWidth?: number
  /** Longest row label shown before it is cut (segment names are long, code names short). */
  rowChars?: number
}

const CELL_H = 30
const GAP = 2
const FONT = 12
const CHAR_W = 6.2
const COLUMN_CHARS = 30
const ANGLE = (40 * Math.PI) / 180

const RTL_SCRIPT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/
/** Each label is laid out in its own script's direction, whatever the page's: an English code in an Arabic page reads left to right. */
const textDir = (s: string) => (RTL_SCRIPT.test(s) ? 'rtl' : 'ltr')
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

/**
 * A grid of coloured cells with their values written in: segments × needs, code × code, code ×
 * attribute. Drawn as SVG because Mantine's MatrixChart cannot print values inside cells, and a
 * strategist reads numbers faster than shades. Mirrored in right-to-left reading (row labels on
 * the right, first column on the right, column labels leaning left).
 */
export function MatrixGrid({ rows, columns, values, max, format, label, rowHeader, id, cellWidth = 64, rowChars = 32 }: Props) {
  const { t } = useTranslation()
  const scheme = useComputedColorScheme('light')
  const { dir } = useDirection()
  const rtl = dir === 'rtl'
  if (rows.length === 0 || columns.length === 0) return <p>{t('segments.charts.noData')}</p>

  const rowLen = Math.min(rowChars, Math.max(4, ...rows.map((r) => r.length)))
  const colLen = Math.min(COLUMN_CHARS, Math.max(4, ...columns.map((c) => c.length)))
  const rowLabelW = rowLen * CHAR_W + 16
  const columnLabelH = colLen * CHAR_W * Math.sin(ANGLE) + 18
  // The last column's label leans past the grid's far edge by about this much.
  const overhang = Math.max(0, colLen * CHAR_W * Math.cos(ANGLE) - cellWidth / 2)
  const gridW = columns.length * (cellWidth + GAP)
  const width = Math.ceil(rowLabelW + gridW + overhang)
  const height = Math.ceil(columnLabelH + rows.length * (CELL_H + GAP) + 4)
  const textColor = scheme === 'dark' ? '#c9c9c9' : '#495057'
  // Column c's left edge: after the row labels in left-to-right reading, before them (leftwards) in right-to-left.
  const colX = (c: number) => (rtl ? width - rowLabelW - (c + 1) * (cellWidth + GAP) : rowLabelW + c * (cellWidth + GAP))
  const rowLabelX = rtl ? width - rowLabelW + 8 : rowLabelW - 8
  return (
    <>
      {/* A wide matrix scrolls sideways: the scroller takes focus so the keyboard can scroll it too (axe's scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={label}>
        <svg data-chart width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} fontFamily="inherit">
          {columns.map((c, ci) => {
            const x = colX(ci) + cellWidth / 2
            const y = columnLabelH - 6
            const d = textDir(c)
            // The label's foot sits at its column: left edge there when leaning right (LTR), right edge when leaning left (RTL).
            const anchor = rtl ? (d === 'rtl' ? 'start' : 'end') : d === 'rtl' ? 'end' : 'start'
            return (
              <text
                key={`c${ci}`}
                x={x}
                y={y}
                fontSize={FONT - 1}
                fill={textColor}
                textAnchor={anchor}
                direction={d}
                transform={`rotate(${rtl ? 40 : -40} ${x} ${y})`}
              >
                <title>{c}</title>
                {clip(c, COLUMN_CHARS)}
              </text>
            )
          })}
          {rows.map((r, ri) => {
            const y = columnLabelH + ri * (CELL_H + GAP)
            const d = textDir(r)
            // Row labels hug the grid: their right edge at it in LTR pages, their left edge in RTL pages.
            const anchor = rtl ? (d === 'rtl' ? 'end' : 'start') : d === 'rtl' ? 'start' : 'end'
            return (
              <g key={`r${ri}`}>
                <text
                  x={rowLabelX}
                  y={y + CELL_H / 2}
                  fontSize={FONT}
                  fill={textColor}
                  textAnchor={anchor}
                  direction={d}
                  dominantBaseline="central"
                >
                  <title>{r}</title>
                  {clip(r, rowChars)}
                </text>
                {columns.map((c, ci) => {
                  const v = values[ri]?.[ci] ?? null
                  const color = cellColor(v, max, scheme)
                  return (
                    <g key={ci}>
                      <rect x={colX(ci)} y={y} width={cellWidth} height={CELL_H} rx={3} fill={color.fill} data-value={v ?? ''}>
                        <title>{`${r} · ${c}: ${v === null ? '—' : format(v)}`}</title>
                      </rect>
                      <text
                        x={colX(ci) + cellWidth / 2}
                        y={y + CELL_H / 2}
                        fontSize={FONT}
                        fill={color.text}
                        textAnchor="middle"
                        dominantBaseline="central"
                        pointerEvents="none"
                      >
                        {v === null ? '—' : format(v)}
                      </text>
                    </g>
                  )
                })}
              </g>
            )
          })}
        </svg>
      </div>
      <ChartTable
        id={id}
        caption={label}
        columns={[{ label: rowHeader }, ...columns.map((c) => ({ label: c, numeric: true }))]}
        rows={rows.map((r, ri) => ({
          key: String(ri),
          cells: [
            r,
            ...columns.map((_, ci) => {
              const v = values[ri]?.[ci] ?? null
              return v === null ? '—' : format(v)
            }),
          ],
        }))}
      />
    </>
  )
}
