/**
 * The keyboard-first code chooser of the tagging popover and the highlight panel: type to
 * filter, arrows to move, Enter to apply, Ctrl+Enter to add one more code and keep choosing,
 * 1-9 (with an empty box) for pinned codes, Esc to close. A name not in the codebook offers
 * to create it in place, with its kind.
 */
import { Badge, Group, Kbd, NativeSelect, Stack, Text, TextInput, UnstyledButton } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CodeRow } from '../../../../../shared/contract/codes'
import { CODE_KINDS, type CodeKind } from '../../../../../shared/domain'
import classes from './Tagging.module.css'
import { exactMatch, matchCodes } from './matchCodes'

interface Props {
  codes: CodeRow[]
  /** Codes already chosen (shown as chips, skipped in the list). */
  chosen: number[]
  onToggle(code: CodeRow): void
  /** Apply: the chosen codes plus this one (if any). */
  onApply(code: CodeRow | null): void
  onCreate(name: string, kind: CodeKind): Promise<CodeRow | undefined>
  onClose(): void
  autoFocus?: boolean
}

export function CodePicker({ codes, chosen, onToggle, onApply, onCreate, onClose, autoFocus = true }: Props) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const [kind, setKind] = useState<CodeKind>('need')
  const matches = useMemo(
    () =>
      matchCodes(
        codes.filter((c) => !chosen.includes(c.id)),
        query,
      ),
    [codes, chosen, query],
  )
  const canCreate = query.trim().length > 0 && !exactMatch(codes, query)
  const options = matches.length + (canCreate ? 1 : 0)
  const current = Math.min(active, Math.max(options - 1, 0))

  const choose = async (index: number, keepOpen: boolean) => {
    let code: CodeRow | null | undefined = matches[index] ?? null
    if (!code && canCreate && index === matches.length) code = await onCreate(query.trim(), kind)
    if (code === undefined) return
    setQuery('')
    setActive(0)
    if (keepOpen && code) onToggle(code)
    else onApply(code)
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((current + 1) % Math.max(options, 1))
    else if (e.key === 'ArrowUp') setActive((current - 1 + options) % Math.max(options, 1))
    else if (e.key === 'Enter') {
      if (options === 0 && !query && chosen.length) onApply(null)
      else if (options > 0) void choose(current, e.ctrlKey || e.metaKey)
    } else if (e.key === 'Escape') onClose()
    else if (!query && /^[1-9]$/.test(e.key)) {
      const pinned = codes.find((c) => c.pin === Number(e.key))
      if (pinned) onApply(pinned)
    } else return
    e.preventDefault()
    e.stopPropagation()
  }

  return (
    <Stack gap={6}>
      {chosen.length ? (
        <Group gap={4}>
          {chosen.map((id) => {
            const c = codes.find((x) => x.id === id)
            return c ? (
              <Badge
                key={id}
                color={c.color}
                variant="light"
                dir="auto"
                style={{ cursor: 'pointer' }}
                onClick={() => onToggle(c)}
                title={t('coding.tag.remove')}
              >
                {c.name} ×
              </Badge>
            ) : null
          })}
        </Group>
      ) : null}
      <TextInput
        size="sm"
        placeholder={t('coding.tag.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
        data-autofocus={autoFocus || undefined}
        autoFocus={autoFocus}
        aria-label={t('coding.tag.placeholder')}
        role="combobox"
        aria-expanded
        aria-controls="needle-code-options"
        aria-activedescendant={options ? `needle-code-${current}` : undefined}
        data-testid="tag-input"
      />
      <div role="listbox" id="needle-code-options" className={classes.options} aria-label={t('coding.tag.codes')}>
        {matches.map((c, i) => (
          <UnstyledButton
            key={c.id}
            id={`needle-code-${i}`}
            role="option"
            aria-selected={i === current}
            className={classes.option}
            data-active={i === current || undefined}
            onMouseEnter={() => setActive(i)}
            onClick={(e) => void choose(i, e.ctrlKey || e.metaKey)}
          >
            <span className={classes.swatch} style={{ background: c.color }} />
            <Text size="sm" truncate style={{ flex: 1 }} dir="auto">
              {c.name}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`coding.kinds.${c.kind}`)}
            </Text>
            {c.pin != null ? <Kbd size="xs">{c.pin}</Kbd> : null}
          </UnstyledButton>
        ))}
        {canCreate ? (
          <Group
            gap={6}
            wrap="nowrap"
            className={classes.option}
            data-active={current === matches.length || undefined}
            role="option"
            aria-selected={current === matches.length}
            id={`needle-code-${matches.length}`}
          >
            <UnstyledButton
              onClick={() => void choose(matches.length, false)}
              style={{ flex: 1, display: 'flex', gap: 6, alignItems: 'center', minWidth: 0 }}
            >
              <IconPlus size={14} />
              <Text size="sm" truncate>
                {t('coding.tag.create', { name: query.trim() })}
              </Text>
            </UnstyledButton>
            <NativeSelect
              size="xs"
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as CodeKind)}
              data={CODE_KINDS.map((k) => ({ value: k, label: t(`coding.kinds.${k}`) }))}
              aria-label={t('coding.tag.kind')}
              data-testid="new-code-kind"
            />
          </Group>
        ) : null}
        {options === 0 ? (
          <Text size="xs" c="dimmed" px={6}>
            {t('coding.tag.noCodes')}
          </Text>
        ) : null}
      </div>
      <Text size="xs" c="dimmed">
        {t('coding.tag.keys')}
      </Text>
    </Stack>
  )
}
