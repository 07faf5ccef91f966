/**
 * Landis & Koch (1977) bands for Cohen's kappa, the scale most qualitative-research readers
 * expect: below 0 poor, up to .20 slight, .40 fair, .60 moderate, .80 substantial, above almost perfect.
 */
export type KappaBand = 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almostPerfect' | 'undefined'

export function kappaBand(kappa: number | null): KappaBand {
  if (kappa === null || Number.isNaN(kappa)) return 'undefined'
  if (kappa < 0) return 'poor'
  if (kappa <= 0.2) return 'slight'
  if (kappa <= 0.4) return 'fair'
  if (kappa <= 0.6) return 'moderate'
  if (kappa <= 0.8) return 'substantial'
  return 'almostPerfect'
}

export const BAND_COLORS: Record<KappaBand, string> = {
  poor: 'red',
  slight: 'orange',
  fair: 'yellow',
  moderate: 'lime',
  substantial: 'teal',
  almostPerfect: 'green',
  undefined: 'gray',
}
