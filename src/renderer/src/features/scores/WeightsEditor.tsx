import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { IconCalculator, IconPlus, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ScoreSettings } from '../../../../shared/contract/segments'

interface Props {
  settings: ScoreSettings
  attributes: Map<string, string[]>
  onChange(settings: ScoreSettings): void
  onCompute(): void
  computing: boolean
}

/** Fit weights (attribute, optionally a value that earns it), engagement's half-life, lifecycle's attribute. */
export function WeightsEditor({ settings, attributes, onChange, onCompute, computing }: Props) {
  const { t } = useTranslation()
  const names = [...attributes.keys()]
  const weights = settings.fitWeights
  const setWeight = (i: number, patch: Partial<ScoreSettings['fitWeights'][number]>) =>
    onChange({ ...settings, fitWeights: weights.map((w, j) => (j === i ? { ...w, ...patch } : w)) })
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('segments.scores.weightsTitle')}>
      <Stack gap="sm">
        <Title order={2} size="h5">
          {t('segments.scores.weightsTitle')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('segments.scores.weightsHint')}
        </Text>
        {weights.map((w, i) => (
          <Group key={i} gap="xs" align="flex-end" wrap="nowrap" data-testid="fit-weight">
            <Select
              label={i === 0 ? t('segments.scores.attribute') : undefined}
              aria-label={t('segments.scores.attribute')}
              data={names}
              value={w.attribute}
              onChange={(v) => v && setWeight(i, { attribute: v, value: undefined })}
              searchable
              allowDeselect={false}
              style={{ flex: 2 }}
            />
            <Select
              label={i === 0 ? t('segments.scores.value') : undefined}
              aria-label={t('segments.scores.value')}
              placeholder={t('segments.scores.anyValue')}
              data={attributes.get(w.attribute) ?? []}
              value={w.value ?? null}
              onChange={(v) => setWeight(i, { value: v ?? undefined })}
              clearable
              searchable
              style={{ flex: 2 }}
            />
            <NumberInput
              label={i === 0 ? t('segments.scores.weight') : undefined}
              aria-label={t('segments.scores.weight')}
              min={0}
              max={1000}
              value={w.weight}
              onChange={(v) => setWeight(i, { weight: Number(v) || 0 })}
              w={84}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              mb={4}
              aria-label={t('segments.scores.removeWeight')}
              onClick={() => onChange({ ...settings, fitWeights: weights.filter((_, j) => j !== i) })}
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={names.length === 0}
          onClick={() => onChange({ ...settings, fitWeights: [...weights, { attribute: names[0]!, weight: 1 }] })}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('segments.scores.addWeight')}
        </Button>
        <NumberInput
          label={t('segments.scores.halfLife')}
          description={t('segments.scores.halfLifeHint')}
          min={1}
          max={3650}
          value={settings.engagementHalfLifeDays}
          onChange={(v) => onChange({ ...settings, engagementHalfLifeDays: Number(v) || 90 })}
        />
        <Select
          label={t('segments.scores.lifecycleAttribute')}
          data={names}
          value={settings.lifecycleAttribute ?? null}
          onChange={(v) => onChange({ ...settings, lifecycleAttribute: v ?? undefined })}
          clearable
          searchable
        />
        <Button leftSection={<IconCalculator size={16} />} onClick={onCompute} loading={computing}>
          {t('segments.scores.compute')}
        </Button>
      </Stack>
    </Paper>
  )
}
