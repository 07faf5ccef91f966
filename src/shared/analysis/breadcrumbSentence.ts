/**
 * A breadcrumb or a duration as a sentence a marketer can paste into a report, in English or Arabic:
 * "40% of customers who had 'Subscription cancelled' had 'Payment failed' in the 60 days before (5% of those who stayed; 8.0×)".
 * The CLI prints these; the app words the same sentence through its i18n files (breadcrumbs.sentence).
 */
import type { Breadcrumb, BreadcrumbDuration } from '../contract/breadcrumbs'

const pct = (share: number) => `${Math.round(share * 100)}%`
const times = (x: number | null) => (x === null ? '–' : `${x.toFixed(1)}×`)

export function breadcrumbSentence(
  item: Pick<Breadcrumb, 'label' | 'churnedShare' | 'retainedShare' | 'lift'> | BreadcrumbDuration,
  ctx: { outcome: string; windowDays: number },
  lang: 'en' | 'ar',
): string {
  if ('churnedShare' in item) {
    return lang === 'ar'
      ? `${pct(item.churnedShare)} من العملاء الذين حدث لهم «${ctx.outcome}» كان لديهم «${item.label}» خلال ${ctx.windowDays} يوماً قبله (${pct(item.retainedShare)} ممن بقوا؛ ${times(item.lift)})`
      : `${pct(item.churnedShare)} of customers who had '${ctx.outcome}' had '${item.label}' in the ${ctx.windowDays} days before (${pct(item.retainedShare)} of those who stayed; ${times(item.lift)})`
  }
  const d = (x: number | null) => (x === null ? '–' : String(Math.round(x * 10) / 10))
  return lang === 'ar'
    ? `استغرق من حدث لهم «${ctx.outcome}» ${times(item.ratio)} من الوقت من «${item.from}» إلى «${item.to}» (الوسيط ${d(item.churnedMedianDays)} يوماً مقابل ${d(item.retainedMedianDays)} يوماً لمن بقوا)`
    : `Customers who had '${ctx.outcome}' took ${times(item.ratio)} as long from '${item.from}' to '${item.to}' (median ${d(item.churnedMedianDays)} days vs ${d(item.retainedMedianDays)} for those who stayed)`
}
