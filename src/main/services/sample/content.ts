import { NeedleError } from '../../../shared/errors'

export async function buildSampleProject(_path: string): Promise<void> {
  throw new NeedleError('internal', 'The sample project builder is being written in this session.')
}
