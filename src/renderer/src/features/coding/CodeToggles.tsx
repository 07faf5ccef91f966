/**
 * One switch per code in the reader (as NVivo's "coding stripes: selected items"): turning a
 * code off hides its highlights and stripes, so a researcher can read one theme at a time.
 */
import { Chip, ColorSwatch, Group } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { HighlightView } from '../../../../shared/contract/coding'

interface Props {
  highlights: HighlightView[]
  hidden: Set<number>
  onToggle(codeId: number): void
}

export function CodeToggles({ highlights, hidden, onToggle }: Props) {
  const { t } = useTranslation()
  const codes = useMemo(() => {
    const seen = new Map<number, { id: number; name: string; color: string; count: number }>()
    for (const h of highlights)
      for (const c of h.codes) {
        const e = seen.get(c.id)
        if (e) e.count++
        else seen.set(c.id, { id: c.id, name: c.name, color: c.color, count: 1 })
      }
    return [...seen.values()].sort((a, b) => b.count - a.count)
  }, [highlights])
  if (!codes.length) return null
  return (
    <Group gap={6} px="sm" py={6} role="group" aria-label={t('a11y.reader.toggles')} data-testid="code-toggles">
      {codes.map((c) => (
        <Chip
          key={c.id}
          size="xs"
          checked={!hidden.has(c.id)}
          onChange={() => onToggle(c.id)}
          icon={<ColorSwatch color={c.color} size={10} />}
          data-testid="code-toggle"
        >
          <bdi>{c.name}</bdi> · {c.count}
        </Chip>
      ))}
    </Group>
  )
}
