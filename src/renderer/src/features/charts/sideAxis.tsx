import { Label } from 'recharts'

/**
 * Y-axis props for a scatter chart in either reading direction. Mantine draws the axis title
 * inside the plot's left edge and nudges the ticks leftwards; with the axis on the right (right-to-left
 * reading) that put the title and the ticks over the points. On the right, ticks and title go outwards.
 */
export function sideYAxis(label: string, rtl: boolean) {
  if (!rtl) return { axisLabel: label, props: { orientation: 'left' as const }, margin: undefined }
  return {
    axisLabel: undefined,
    props: {
      orientation: 'right' as const,
      tick: { transform: 'translate(10, 0)', fontSize: 12, fill: 'currentColor' },
      children: (
        <Label value={label} position="insideRight" angle={90} textAnchor="middle" fontSize={12} offset={-5} data-testid="y-axis-title" />
      ),
    },
    margin: { right: 10 },
  }
}
