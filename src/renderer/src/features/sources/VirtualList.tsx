/**
 * A windowing list for fixed-height rows: only the rows in view (plus a few either side)
 * are in the DOM, so 100,000 rows scroll as smoothly as 100. Fixed heights keep it small
 * (no measuring pass) and make any row's position a multiplication; rows clamp their text
 * and open in full on demand. Positions use inset-block-start, so RTL needs nothing extra.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import classes from './Sources.module.css'

interface Props {
  count: number
  rowHeight: number
  /** Height of the scrolling viewport (any CSS length). */
  height: string
  overscan?: number
  label: string
  header?: ReactNode
  renderRow(index: number): ReactNode
  /** Called with the first and last index in view (overscan included) whenever it changes. */
  onRange?(first: number, last: number): void
  testId?: string
  /** When it changes (another question, another source) the list goes back to the top. */
  resetKey?: string
}

export function VirtualList({ count, rowHeight, height, overscan = 8, label, header, renderRow, onRange, testId, resetKey }: Props) {
  const viewport = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [viewHeight, setViewHeight] = useState(600)
  const frame = useRef(0)

  useLayoutEffect(() => {
    const el = viewport.current
    if (!el) return
    const observer = new ResizeObserver(() => setViewHeight(el.clientHeight))
    observer.observe(el)
    setViewHeight(el.clientHeight)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    if (viewport.current) viewport.current.scrollTop = 0
    setScrollTop(0)
  }, [resetKey])

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan)
  const last = Math.min(count - 1, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan)

  useEffect(() => {
    if (count > 0) onRange?.(first, last)
  }, [first, last, count, onRange])

  const rows: ReactNode[] = []
  for (let i = first; i <= last; i++) {
    rows.push(
      <div
        key={i}
        role="row"
        aria-rowindex={i + 2}
        className={classes.vrow}
        style={{ insetBlockStart: i * rowHeight, blockSize: rowHeight }}
      >
        {renderRow(i)}
      </div>,
    )
  }

  return (
    <div role="table" aria-label={label} aria-rowcount={count + 1} className={classes.vtable} data-testid={testId}>
      {header}
      <div
        ref={viewport}
        className={classes.viewport}
        style={{ blockSize: `min(${height}, ${Math.max(count, 1) * rowHeight + 2}px)` }}
        // A scrolling region is focusable so that keyboard users can scroll it (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        onScroll={(e) => {
          const top = e.currentTarget.scrollTop
          cancelAnimationFrame(frame.current)
          frame.current = requestAnimationFrame(() => setScrollTop(top))
        }}
      >
        <div role="rowgroup" className={classes.spacer} style={{ blockSize: count * rowHeight }}>
          {rows}
        </div>
      </div>
    </div>
  )
}
