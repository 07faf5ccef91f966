/**
 * Coding stripes in the reader's margin, as NVivo and MAXQDA draw them: one bar per highlight
 * beside the lines it covers, in its code's colour and with its code names, overlapping
 * highlights side by side in lanes. One layer per chunk, mounted only with its chunk, so the
 * stripes are virtualised exactly like the text. Positions are measured from the painted
 * highlight pieces ([data-hl]) after each paint and on every resize (lines rewrap).
 */
import { useEffect, useRef, useState } from 'react'
import type { HighlightView } from '../../../../../shared/contract/coding'
import { colorOf } from './paint'
import classes from './Reader.module.css'

export const LANE_PX = 16
export const MAX_LANES = 6

interface Stripe {
  id: number
  top: number
  height: number
  lane: number
  color: string
  label: string
}

/** Greedy lanes: each stripe takes the first lane whose last stripe ended above it. */
export function assignLanes<T extends { top: number; bottom: number }>(items: T[]): (T & { lane: number })[] {
  const ends: number[] = []
  return [...items]
    .sort((a, b) => a.top - b.top || b.bottom - a.bottom)
    .map((it) => {
      let lane = ends.findIndex((end) => end <= it.top)
      if (lane < 0) lane = ends.length
      ends[lane] = it.bottom
      return { ...it, lane }
    })
}

interface Props {
  highlights: HighlightView[]
  onOpen(id: number, rect: DOMRect): void
}

export function Stripes({ highlights, onOpen }: Props) {
  const layer = useRef<HTMLDivElement>(null)
  const [stripes, setStripes] = useState<Stripe[]>([])

  const measureNow = useRef<() => void>(() => {})

  useEffect(() => {
    const el = layer.current
    const host = el?.parentElement
    if (!el || !host) return
    const measure = () => {
      const base = host.getBoundingClientRect().top
      const extent = new Map<number, { top: number; bottom: number }>()
      host.querySelectorAll<HTMLElement>('[data-hl]').forEach((piece) => {
        const r = piece.getBoundingClientRect()
        for (const id of piece.dataset.hl!.split(' ').map(Number)) {
          const e = extent.get(id)
          if (e) {
            e.top = Math.min(e.top, r.top - base)
            e.bottom = Math.max(e.bottom, r.bottom - base)
          } else extent.set(id, { top: r.top - base, bottom: r.bottom - base })
        }
      })
      const byId = new Map(highlights.map((h) => [h.id, h]))
      const placed = assignLanes([...extent].flatMap(([id, e]) => (byId.has(id) ? [{ id, ...e }] : [])))
      setStripes(
        placed
          .filter((p) => p.lane < MAX_LANES)
          .map((p) => {
            const h = byId.get(p.id)!
            return {
              id: p.id,
              top: p.top,
              height: p.bottom - p.top,
              lane: p.lane,
              color: colorOf(h),
              label: h.codes.map((c) => c.name).join(', '),
            }
          }),
      )
    }
    measureNow.current = measure
    // Measured after the frame that paints the highlights: reading positions before it would force a
    // layout of the whole chunk in the middle of tagging (the stripe follows one frame later).
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => (timer = setTimeout(measure, 0)))
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [highlights])

  // Lines rewrap when the width changes: measure again then (one observer for the layer's life).
  useEffect(() => {
    const host = layer.current?.parentElement
    if (!host) return
    let width = -1
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? -1
      if (w === width) return
      width = w
      measureNow.current()
    })
    ro.observe(host)
    return () => ro.disconnect()
  }, [])

  return (
    // The marks in the text carry the same codes for screen readers; the stripes are for the eye and the mouse.
    <div ref={layer} className={classes.stripes} aria-hidden data-testid="stripes">
      {stripes.map((s) => (
        // A mouse shortcut to a highlight; keyboard users open it from the text (H), where the codes are announced.
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
        <div
          key={s.id}
          className={classes.stripe}
          style={{ top: s.top, height: Math.max(s.height, 14), insetInlineEnd: s.lane * LANE_PX, ['--stripe' as string]: s.color }}
          title={s.label}
          data-stripe={s.id}
          onClick={(e) => onOpen(s.id, e.currentTarget.getBoundingClientRect())}
        >
          <span dir="auto">{s.label}</span>
        </div>
      ))}
    </div>
  )
}
