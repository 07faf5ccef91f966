import { Progress, Stack, Text } from '@mantine/core'
import classes from '../Segments.module.css'

interface Props {
  label: string
  /** The segment's value and everyone's, on the same scale (0..max). */
  segment: number
  everyone: number | null
  max: number
  /** What the number column says (e.g. "×2.1" or "14.5"). */
  value: string
  /** Spoken and hovered: "this segment 40% · everyone 12%". */
  description: string
  strong?: boolean
}

/** Segment against everyone on one row: the coloured bar is the segment, the grey one beneath it everyone. */
export function CompareRow({ label, segment, everyone, max, value, description, strong }: Props) {
  const pct = (v: number) => Math.max(0, Math.min(100, (v / (max || 1)) * 100))
  return (
    <div className={classes.compareRow} role="listitem" aria-label={`${label}: ${description}`} title={description}>
      <Text size="sm" dir="auto" lh={1.3} lineClamp={2}>
        {label}
      </Text>
      <Stack gap={3}>
        <Progress value={pct(segment)} color={strong ? 'petrol' : 'petrol.4'} size={9} radius="sm" aria-hidden />
        {everyone !== null ? <Progress value={pct(everyone)} color="gray.5" size={5} radius="sm" aria-hidden /> : null}
      </Stack>
      <Text size="sm" className={classes.num} fw={strong ? 650 : 450}>
        {value}
      </Text>
    </div>
  )
}
