/** The stability badge's look: one colour per verdict, so green/amber/red means the same on every screen. */
import type { StabilityBadge } from '../../../../shared/contract/segments'

export const BADGE_COLOR: Record<StabilityBadge, string> = {
  stable: 'teal',
  doubtful: 'yellow',
  unreliable: 'red',
}
