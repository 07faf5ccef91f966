import { Progress, Stack, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { NeedScore } from '../../../../shared/contract/segments'
import classes from './Segments.module.css'
import { useNumbers } from './useNumbers'

/** Opportunity above this is an underserved need in outcome-driven innovation: shown in the accent colour. */
export const UNDERSERVED = 10

/**
 * A segment's top needs as bars: opportunity on its fixed 0-20 scale when ratings exist (so bars
 * compare across segments), otherwise lift against everyone, scaled to the largest lift shown.
 */
export function NeedBars({ needs, limit = 4 }: { needs: NeedScore[]; limit?: number }) {
  const { t } = useTranslation()
  const num = useNumbers()
  const shown = needs.slice(0, limit)
  const byOpportunity = shown.some((n) => n.opportunity !== null)
  const maxLift = Math.max(1, ...shown.map((n) => n.lift ?? 0))
  if (shown.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('segments.card.noNeeds')}
      </Text>
    )
  return (
    <Stack gap={6} role="list" aria-label={t(byOpportunity ? 'segments.card.byOpportunity' : 'segments.card.byLift')}>
      <Text size="xs" c="dimmed" fw={500}>
        {t(byOpportunity ? 'segments.card.byOpportunity' : 'segments.card.byLift')}
      </Text>
      {shown.map((n) => {
        const value = byOpportunity ? (n.opportunity ?? 0) : (n.lift ?? 0)
        const pct = byOpportunity ? (value / 20) * 100 : (value / maxLift) * 100
        const strong = byOpportunity ? value >= UNDERSERVED : value >= 1.5
        return (
          <div key={n.codeId} className={classes.needRow} role="listitem">
            <Text size="sm" className={classes.needName} lineClamp={1} dir="auto" title={n.code}>
              {n.code}
            </Text>
            <Tooltip
              label={
                byOpportunity
                  ? t('segments.card.opportunityTip', { value: num.one(value) })
                  : t('segments.card.liftTip', { value: num.one(value) })
              }
            >
              <Progress value={pct} color={strong ? 'petrol' : 'gray'} size="md" radius="sm" aria-hidden />
            </Tooltip>
            <Text size="sm" className={classes.num} fw={strong ? 600 : 400}>
              {byOpportunity ? num.one(value) : t('segments.card.times', { value: num.one(value) })}
            </Text>
          </div>
        )
      })}
    </Stack>
  )
}
