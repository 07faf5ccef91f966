import { useComputedColorScheme, useDirection } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { cellColor } from './colorScale'

interface Props {
  rows: string[]
  columns: string[]
  /** values[row][column]; null is "no data", drawn as an empty cell. */
  values: (number | null)[][]
  /** The top of the colour scale (e.g. 20 for opportunity). */
  max: number
  format(value: number): string
  /** Spoken name of the grid. */
  label: string
  cellWidth?: number
}

const CELL_H = 30
const GAP = 2
const FONT = 12

/**
 * A grid of coloured cells with their values written in: segments × needs, code × code, code ×
 * attribute. Drawn as SVG because Mantine's MatrixChart cannot print values inside cells, and a
 * strategist reads numbers faster than shades. Mirrored in right-to-left reading (row labels on
 * the right, first column on the right).
 */
export function MatrixGrid({ rows, columns, values, max, format, label, cellWidth = 64 }: Props) {
  const { t } = useTranslation()
  const scheme = useComputedColorScheme('light')
  const { dir } = useDirection()
  const rtl = dir === 'rtl'
  const longestRow = Math.max(4, ...rows.map((r) => r.length))
  const longestColumn = Math.max(4, ...columns.map((c) => c.length))
  const rowLabelW = Math.min(240, longestRow * 7 + 16)
  const columnLabelH = Math.min(170, longestColumn * 5.4 + 16)
  const gridW = columns.length * (cellWidth + GAP)
  const width = rowLabelW + gridW + 8
  const height = columnLabelH + rows.length * (CELL_H + GAP) + 4
  const textColor = scheme === 'dark' ? '#c9c9c9' : '#495057'
  // Positions from the reading start: the grid starts after the row labels, on the left or the right.
  const colX = (c: number) => (rtl ? width - rowLabelW - (c + 1) * (cellWidth + GAP) : rowLabelW + c * (cellWidth + GAP))
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)
  if (rows.length === 0 || columns.length === 0) return <p>{t('segments.charts.noData')}</p>
  return (
    <div style={{ overflowX: 'auto' }}>
      <svg data-chart width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} fontFamily="inherit" direction={dir}>
        {columns.map((c, ci) => {
          const x = colX(ci) + cellWidth / 2
          const y = columnLabelH - 6
          return (
            <text key={`c${ci}`} x={x} y={y} fontSize={FONT - 1} fill={textColor} textAnchor="start" transform={`rotate(${rtl ? 40 : -40} ${x} ${y})`} direction={dir}>
              <title>{c}</title>
              {clip(c, 30)}
            </text>
          )
        })}
        {rows.map((r, ri) => {
          const y = columnLabelH + ri * (CELL_H + GAP)
          return (
            <g key={`r${ri}`}>
              <text x={rtl ? width - 4 : rowLabelW - 8} y={y + CELL_H / 2} fontSize={FONT} fill={textColor} textAnchor={rtl ? "start" : "end"} dominantBaseline="central" direction={dir}>
                <title>{r}</title>
                {clip(r, 32)}
              </text>
              {columns.map((c, ci) => {
                const v = values[ri]?.[ci] ?? null
                const color = cellColor(v, max, scheme)
                return (
                  <g key={ci}>
                    <rect x={colX(ci)} y={y} width={cellWidth} height={CELL_H} rx={3} fill={color.fill} data-value={v ?? ''}>
                      <title>{`${r} · ${c}: ${v === null ? '—' : format(v)}`}</title>
                    </rect>
                    <text x={colX(ci) + cellWidth / 2} y={y + CELL_H / 2} fontSize={FONT} fill={color.text} textAnchor="middle" dominantBaseline="central" pointerEvents="none">
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
  )
}
