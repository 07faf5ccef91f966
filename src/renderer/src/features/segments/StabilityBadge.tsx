import { Badge, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StabilityBadge as Verdict } from '../../../../shared/contract/segments'
import { BADGE_COLOR } from './stability'
import { useNumbers } from './useNumbers'

/** A segment's bootstrap stability, with what the verdict means for someone deciding on it. */
export function StabilityBadge({ badge, stability }: { badge: Verdict | null; stability: number | null }) {
  const { t } = useTranslation()
  const num = useNumbers()
  if (!badge || stability === null) {
    return (
      <Tooltip label={t('segments.stability.notMeasuredHint')} multiline w={260} withArrow>
        <Badge variant="outline" color="gray" data-testid="stability-badge">
          {t('segments.stability.notMeasured')}
        </Badge>
      </Tooltip>
    )
  }
  return (
    <Tooltip label={t(`segments.stability.${badge}Hint`, { value: num.two(stability) })} multiline w={280} withArrow>
      <Badge variant="light" color={BADGE_COLOR[badge]} data-testid="stability-badge" data-badge={badge}>
        {t(`segments.stability.${badge}`)} · {num.two(stability)}
      </Badge>
    </Tooltip>
  )
}
