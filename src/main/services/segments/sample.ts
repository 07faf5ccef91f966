/**
 * The sample project ships with a saved segmentation: k-means on the survey ratings, k chosen
 * automatically, a fixed seed — the run a researcher would make first, so the Segments screen opens
 * on real segments. tests/segments-service/sample.test.ts checks it finds the survey's planted groups.
 */
import type Database from 'better-sqlite3'
import { runOptionsSchema } from '../../../shared/contract/segments'
import { runSegmentation } from './run'
import { saveRun } from './store'

export const SAMPLE_RUN = runOptionsSchema.parse({ method: 'kmeans', k: 'auto', inputs: ['ratings'], seed: 7 })

export async function segmentSampleProject(db: Database.Database): Promise<void> {
  // In-process: the build is already off the UI's path, and a worker would only add its start-up time.
  saveRun(db, await runSegmentation(db, SAMPLE_RUN, { inProcess: true }))
}
