import { ActionIcon, Button, Group, NumberInput, Popover, Stack, Text, TextInput } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { LikertLevel } from '../../../../shared/import/mapping'

interface Props {
  column: string
  levels: LikertLevel[]
  onChange(levels: LikertLevel[]): void
}

/** A Likert scale's labels and the numbers they become; a blank number marks "not applicable". */
export function LevelsEditor({ column, levels, onChange }: Props) {
  const { t } = useTranslation()
  const set = (i: number, change: Partial<LikertLevel>) => onChange(levels.map((l, j) => (j === i ? { ...l, ...change } : l)))
  const summary = levels.map((l) => `${l.label || '…'} = ${l.value ?? '–'}`).join(' · ')
  return (
    <Popover position="bottom-start" width={360} shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button variant="default" size="compact-sm" maw={260} aria-label={t('import.mapping.levelsOf', { column })}>
          <Text size="xs" truncate dir="auto">
            {summary}
          </Text>
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6}>
          <Text size="xs" c="dimmed">
            {t('import.mapping.levelsHint')}
          </Text>
          {levels.map((l, i) => (
            <Group key={i} gap={6} wrap="nowrap">
              <TextInput
                size="xs"
                style={{ flex: 1 }}
                value={l.label}
                dir="auto"
                aria-label={t('import.mapping.levelLabel', { n: i + 1 })}
                onChange={(e) => set(i, { label: e.currentTarget.value })}
              />
              <NumberInput
                size="xs"
                w={80}
                value={l.value ?? ''}
                aria-label={t('import.mapping.levelValue', { n: i + 1 })}
                placeholder={t('import.mapping.notApplicable')}
                onChange={(v) => set(i, { value: typeof v === 'number' ? v : v === '' ? null : Number(v) })}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={levels.length <= 2}
                aria-label={t('import.mapping.removeLevel', { n: i + 1 })}
                onClick={() => onChange(levels.filter((_, j) => j !== i))}
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange([...levels, { label: '', value: levels.length + 1 }])}
          >
            {t('import.mapping.addLevel')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
