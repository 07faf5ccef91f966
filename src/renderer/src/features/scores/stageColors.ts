/** One colour per lifecycle stage, stable across the table and the scatter (assigned in stage order). */
const PALETTE = ['petrol.6', 'orange.6', 'grape.6', 'teal.6', 'red.6', 'indigo.6', 'lime.7', 'pink.6', 'cyan.7', 'yellow.7']

export function stageColors(stages: string[]): Map<string, string> {
  return new Map(stages.map((s, i) => [s, PALETTE[i % PALETTE.length]!]))
}
