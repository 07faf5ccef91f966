/**
 * One switch per code in the reader (as NVivo's "coding stripes: selected items"): turning a
 * code off hides its highlights and stripes, so a researcher can read one theme at a time.
 * The switches sit in a popover behind one button: a document can carry dozens of codes.
 */
import { Button, Checkbox, ColorSwatch, Group, Popover, ScrollArea, Stack } from '@mantine/core'
import { IconFilter } from '@tabler/icons-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { HighlightView } from '../../../../shared/contract/coding'

interface Props {
  highlights: HighlightView[]
  hidden: Set<number>
  onToggle(codeId: number): void
  onShowAll(): void
}

export function CodeToggles({ highlights, hidden, onToggle, onShowAll }: Props) {
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
  const shown = codes.filter((c) => !hidden.has(c.id)).length
  return (
    <Group gap="xs" px="sm" py={6}>
      <Popover position="bottom-start" shadow="md" width={320} trapFocus>
        <Popover.Target>
          <Button size="compact-xs" variant="default" leftSection={<IconFilter size={12} />} data-testid="code-toggles">
            {t('a11y.reader.codesShown', { shown, total: codes.length })}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap={6} role="group" aria-label={t('a11y.reader.toggles')}>
            <Button size="compact-xs" variant="subtle" onClick={onShowAll} disabled={shown === codes.length}>
              {t('a11y.reader.showAll')}
            </Button>
            <ScrollArea.Autosize mah={280} type="auto">
              <Stack gap={6}>
                {codes.map((c) => (
                  <Checkbox
                    key={c.id}
                    size="xs"
                    checked={!hidden.has(c.id)}
                    onChange={() => onToggle(c.id)}
                    data-testid="code-toggle"
                    label={
                      <Group gap={6} wrap="nowrap">
                        <ColorSwatch color={c.color} size={10} />
                        <bdi>{c.name}</bdi>
                        <span>· {c.count}</span>
                      </Group>
                    }
                  />
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Group>
  )
}
