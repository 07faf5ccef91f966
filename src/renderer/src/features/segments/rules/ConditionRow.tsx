import { ActionIcon, Group, MultiSelect, NumberInput, Paper, SegmentedControl, Select, Text } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { DraftCondition } from './ruleDraft'
import type { RuleVocabulary } from './useRuleVocabulary'

interface Props {
  draft: DraftCondition
  vocab: RuleVocabulary
  onChange(draft: DraftCondition): void
  onRemove(): void
}

/** One condition of a rule, its fields depending on what it tests. */
export function ConditionRow({ draft: d, vocab, onChange, onRemove }: Props) {
  const { t } = useTranslation()
  const set = (patch: Partial<DraftCondition>) => onChange({ ...d, ...patch })
  const opData = [
    { value: '>=', label: t('segments.rules.atLeast') },
    { value: '<=', label: t('segments.rules.atMost') },
  ]
  const attrValues = d.attribute ? (vocab.attributes.get(d.attribute) ?? []) : []
  return (
    <Paper withBorder radius="md" p="sm" data-testid="rule-condition">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" w={84} pb={8}>
          {t(`segments.rules.type.${d.type}`)}
        </Text>
        {d.type === 'attribute' ? (
          <>
            <Select
              label={t('segments.rules.attribute')}
              data={[...vocab.attributes.keys()]}
              value={d.attribute}
              onChange={(v) => set({ attribute: v, values: [] })}
              searchable
              w={200}
            />
            <Select
              label={t('segments.rules.operator')}
              data={(['equals', 'in', 'between'] as const).map((op) => ({ value: op, label: t(`segments.rules.op.${op}`) }))}
              value={d.attributeOp}
              onChange={(v) =>
                v && set({ attributeOp: v as DraftCondition['attributeOp'], values: d.values.slice(0, v === 'equals' ? 1 : undefined) })
              }
              allowDeselect={false}
              w={140}
            />
            {d.attributeOp === 'equals' ? (
              <Select
                label={t('segments.rules.value')}
                data={attrValues}
                value={d.values[0] ?? null}
                onChange={(v) => set({ values: v ? [v] : [] })}
                searchable
                w={220}
              />
            ) : d.attributeOp === 'in' ? (
              <MultiSelect
                label={t('segments.rules.values')}
                data={attrValues}
                value={d.values}
                onChange={(v) => set({ values: v })}
                searchable
                w={280}
              />
            ) : (
              <>
                <NumberInput
                  label={t('segments.rules.min')}
                  value={d.min ?? ''}
                  onChange={(v) => set({ min: v === '' ? null : Number(v) })}
                  w={110}
                />
                <NumberInput
                  label={t('segments.rules.max')}
                  value={d.max ?? ''}
                  onChange={(v) => set({ max: v === '' ? null : Number(v) })}
                  w={110}
                />
              </>
            )}
          </>
        ) : null}
        {d.type === 'code' ? (
          <>
            <SegmentedControl
              value={d.present ? 'has' : 'lacks'}
              onChange={(v) => set({ present: v === 'has' })}
              data={[
                { value: 'has', label: t('segments.rules.has') },
                { value: 'lacks', label: t('segments.rules.lacks') },
              ]}
            />
            <Select
              label={t('segments.rules.code')}
              data={vocab.codes.map((c) => ({ value: String(c.id), label: c.name }))}
              value={d.codeId === null ? null : String(d.codeId)}
              onChange={(v) => set({ codeId: v ? Number(v) : null })}
              searchable
              w={280}
            />
          </>
        ) : null}
        {d.type === 'rating' ? (
          <>
            <Select
              label={t('segments.rules.need')}
              data={vocab.codes.filter((c) => c.kind === 'need').map((c) => ({ value: String(c.id), label: c.name }))}
              value={d.needId === null ? null : String(d.needId)}
              onChange={(v) => set({ needId: v ? Number(v) : null })}
              searchable
              w={260}
            />
            <Select
              label={t('segments.rules.measure')}
              data={(['importance', 'satisfaction'] as const).map((m) => ({ value: m, label: t(`segments.rules.${m}`) }))}
              value={d.measure}
              onChange={(v) => v && set({ measure: v as DraftCondition['measure'] })}
              allowDeselect={false}
              w={140}
            />
            <Select
              label={t('segments.rules.operator')}
              data={opData}
              value={d.op}
              onChange={(v) => v && set({ op: v as DraftCondition['op'] })}
              allowDeselect={false}
              w={120}
            />
            <NumberInput
              label={t('segments.rules.rating')}
              min={1}
              max={5}
              value={d.value}
              onChange={(v) => set({ value: Number(v) || 1 })}
              w={90}
            />
          </>
        ) : null}
        {d.type === 'score' ? (
          <>
            <Select
              label={t('segments.rules.score')}
              data={(['fit', 'engagement'] as const).map((s) => ({ value: s, label: t(`segments.scores.${s}`) }))}
              value={d.score}
              onChange={(v) => v && set({ score: v as DraftCondition['score'] })}
              allowDeselect={false}
              w={160}
            />
            <Select
              label={t('segments.rules.operator')}
              data={opData}
              value={d.op}
              onChange={(v) => v && set({ op: v as DraftCondition['op'] })}
              allowDeselect={false}
              w={120}
            />
            <NumberInput
              label={t('segments.rules.value')}
              min={0}
              max={100}
              value={d.value}
              onChange={(v) => set({ value: Number(v) || 0 })}
              w={100}
            />
          </>
        ) : null}
        {d.type === 'breadcrumb' && d.breadcrumb ? (
          <Text size="sm" pb={8} dir="auto">
            {t('breadcrumbs.ruleSummary', {
              breadcrumb: d.breadcrumb.breadcrumb,
              outcome: d.breadcrumb.outcome,
              days: d.breadcrumb.windowDays,
            })}
          </Text>
        ) : null}
        {d.type === 'lifecycle' ? (
          <MultiSelect
            label={t('segments.rules.stages')}
            description={vocab.stages.length === 0 ? t('segments.rules.noStages') : undefined}
            data={vocab.stages}
            value={d.stages}
            onChange={(v) => set({ stages: v })}
            w={320}
          />
        ) : null}
        <ActionIcon variant="subtle" color="gray" ms="auto" mb={4} aria-label={t('segments.rules.removeCondition')} onClick={onRemove}>
          <IconX size={16} />
        </ActionIcon>
      </Group>
    </Paper>
  )
}
