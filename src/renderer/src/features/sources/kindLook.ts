import { IconForms, IconMessageReport, IconMessages, IconTimeline, type Icon } from '@tabler/icons-react'
import type { SourceKind } from '../../../../shared/domain'

/** Each kind of source keeps one colour and icon wherever it is listed. */
export const KIND_LOOK: Record<SourceKind, { color: string; icon: Icon }> = {
  interview: { color: 'petrol', icon: IconMessages },
  survey: { color: 'grape', icon: IconForms },
  feedback: { color: 'orange', icon: IconMessageReport },
  events: { color: 'teal', icon: IconTimeline },
}
