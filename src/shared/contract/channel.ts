import { z } from 'zod'

/**
 * A phantom carrier for the output type: schemas validate input, types describe output.
 * Curried so that the input schema's type is inferred while the output is named.
 */
export function channel<O>() {
  return <I extends z.ZodType>(input: I): { input: I; output: O } => ({ input, output: undefined as unknown as O })
}

export const filePath = z.string().trim().min(1, 'a file path is required').max(4096)
export const none = z.object({}).strict()
export const pathOnly = z.object({ path: filePath }).strict()
