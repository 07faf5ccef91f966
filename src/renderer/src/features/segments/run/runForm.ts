/** The run panel's choices, as the form holds them, and the options the service takes from them. */
import type { RunOptions, SegmentInput } from '../../../../../shared/contract/segments'

export interface RunForm {
  inputs: SegmentInput[]
  method: 'kmeans' | 'hierarchical'
  autoK: boolean
  k: number
  seed: number
  /** As a percentage, the way researchers say it ("under 5%"). */
  minSharePercent: number
  resamples: number
  /** Survey columns for the answers input, or null for the ones Needle picks. */
  columns: string[] | null
}

export const DEFAULT_FORM: RunForm = {
  inputs: ['ratings'],
  method: 'kmeans',
  autoK: true,
  k: 3,
  seed: 1,
  minSharePercent: 5,
  resamples: 100,
  columns: null,
}

export function toOptions(form: RunForm): RunOptions {
  return {
    method: form.method,
    k: form.autoK ? 'auto' : form.k,
    inputs: form.inputs,
    codeKinds: ['need'],
    seed: form.seed,
    minShare: form.minSharePercent / 100,
    resamples: form.resamples,
    ...(form.inputs.includes('answers') && form.columns?.length ? { columns: form.columns } : {}),
  }
}
