/** Two personas side by side, each as it will print and in its own direction; either side can be swapped. */
import { Button, Group, NativeSelect, SimpleGrid, Stack, Title } from '@mantine/core'
import { IconArrowBack } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Persona } from '../../../../shared/persona/content'
import { PersonaSheet } from './PersonaSheet'
import classes from './Editor.module.css'

interface Props {
  ids: [number, number]
  cards: Map<number, Persona>
  onChange(ids: [number, number]): void
  onBack(): void
}

export function CompareView({ ids, cards, onChange, onBack }: Props) {
  const { t } = useTranslation()
  const options = [...cards.values()].map((p) => ({ value: String(p.id), label: p.name }))
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Button variant="subtle" leftSection={<IconArrowBack size={16} className={classes.flipRtl} />} onClick={onBack}>
          {t('personas.editor.back')}
        </Button>
        <Title order={1} size="h3">
          {t('personas.compare.title')}
        </Title>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="compare-view">
        {ids.map((id, side) => {
          const persona = cards.get(id)
          return (
            <Stack key={side} gap="xs">
              <NativeSelect
                size="xs"
                aria-label={t(side === 0 ? 'personas.compare.left' : 'personas.compare.right')}
                value={String(id)}
                data={options}
                onChange={(e) => {
                  const next: [number, number] = [...ids]
                  next[side] = Number(e.currentTarget.value)
                  onChange(next)
                }}
              />
              {persona ? <PersonaSheet persona={persona} /> : null}
            </Stack>
          )
        })}
      </SimpleGrid>
    </Stack>
  )
}
