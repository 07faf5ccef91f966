import { Button, Checkbox, Group, NumberInput, Paper, Progress, SegmentedControl, Slider, Stack, Switch, Text, Title } from '@mantine/core'
import { IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { SEGMENT_INPUTS, type RunProgressEvent, type SegmentInput } from '../../../../../shared/contract/segments'
import { useNumbers } from '../useNumbers'
import type { RunForm } from './runForm'

interface Props {
  form: RunForm
  onChange(form: RunForm): void
  running: boolean
  progress: Pick<RunProgressEvent, 'fraction' | 'stage'> | null
  onRun(): void
  onCancel(): void
}

/** What feeds a run and how it clusters; the defaults are the methods' own (auto k, 5%, 100 resamples). */
export function RunPanel({ form, onChange, running, progress, onRun, onCancel }: Props) {
  const { t } = useTranslation()
  const num = useNumbers()
  const set = <K extends keyof RunForm>(key: K, value: RunForm[K]) => onChange({ ...form, [key]: value })
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('segments.run.title')}>
      <Stack gap="md">
        <Title order={2} size="h5">
          {t('segments.run.title')}
        </Title>
        <Checkbox.Group
          label={t('segments.run.inputs')}
          description={t('segments.run.inputsHint')}
          value={form.inputs}
          onChange={(v) => set('inputs', v as SegmentInput[])}
        >
          <Stack gap={6} mt={6}>
            {SEGMENT_INPUTS.map((input) => (
              <Checkbox key={input} value={input} label={t(`segments.inputs.${input}`)} disabled={running} />
            ))}
          </Stack>
        </Checkbox.Group>

        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('segments.run.method')}
          </Text>
          <SegmentedControl
            fullWidth
            value={form.method}
            onChange={(v) => set('method', v as RunForm['method'])}
            disabled={running}
            data={[
              { value: 'kmeans', label: t('segments.method.kmeans') },
              { value: 'hierarchical', label: t('segments.method.hierarchical') },
            ]}
          />
          <Text size="xs" c="dimmed">
            {/* On survey answers both methods work on Gower distances (segments/compute.ts): say so. */}
            {form.inputs.includes('answers') ? t(`answersMethod.${form.method}`) : t(`segments.method.${form.method}Hint`)}
          </Text>
        </Stack>

        <Stack gap={6}>
          <Switch
            label={t('segments.run.autoK')}
            checked={form.autoK}
            onChange={(e) => set('autoK', e.currentTarget.checked)}
            disabled={running}
          />
          {form.autoK ? (
            <Text size="xs" c="dimmed">
              {t('segments.run.autoKHint')}
            </Text>
          ) : (
            <Slider
              aria-label={t('segments.run.k')}
              min={2}
              max={8}
              step={1}
              value={form.k}
              onChange={(v) => set('k', v)}
              marks={[2, 3, 4, 5, 6, 7, 8].map((v) => ({ value: v, label: num.whole(v) }))}
              label={(v) => num.whole(v)}
              mb="md"
              disabled={running}
            />
          )}
        </Stack>

        <Group grow align="flex-start">
          <NumberInput
            label={t('segments.run.seed')}
            min={0}
            max={2 ** 31 - 1}
            value={form.seed}
            onChange={(v) => set('seed', Number(v) || 0)}
            disabled={running}
          />
          <NumberInput
            label={t('segments.run.minShare')}
            min={0}
            max={50}
            suffix="%"
            value={form.minSharePercent}
            onChange={(v) => set('minSharePercent', Number(v) || 0)}
            disabled={running}
          />
        </Group>
        <NumberInput
          label={t('segments.run.resamples')}
          description={t('segments.run.resamplesHint')}
          min={0}
          max={1000}
          step={10}
          value={form.resamples}
          onChange={(v) => set('resamples', Number(v) || 0)}
          disabled={running}
        />

        {running ? (
          <Stack gap={6}>
            <Progress value={(progress?.fraction ?? 0) * 100} animated aria-label={t('segments.run.progress')} />
            <Group justify="space-between" gap="xs">
              <Text size="xs" c="dimmed" aria-live="polite">
                {t(`segments.stage.${progress?.stage ?? 'matrix'}`)} · {num.percent(progress?.fraction ?? 0)}
              </Text>
              <Button size="xs" variant="default" color="red" leftSection={<IconPlayerStop size={14} />} onClick={onCancel}>
                {t('segments.run.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Button leftSection={<IconPlayerPlay size={16} />} onClick={onRun} disabled={form.inputs.length === 0}>
            {t('segments.run.start')}
          </Button>
        )}
      </Stack>
    </Paper>
  )
}
