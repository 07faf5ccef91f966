/**
 * Adding a rule to a code. The service checks the rule as it is typed (the same check that
 * guards saving), so a pattern that is no regular expression, a keyword without words or a
 * rule the code already has is explained before anything is saved.
 */
import { Button, Group, SegmentedControl, Select, Stack, TextInput } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RULE_KINDS, type AutocodeRule, type RuleKind, type RuleProblem } from '../../../../shared/contract/autocode'
import type { CodeRow } from '../../../../shared/contract/codes'
import { ApiError } from '../../api/client'
import { notifyError } from '../errors/notifyError'
import classes from './Autocode.module.css'
import type { Rules } from './useRules'

interface Props {
  rules: Rules
  codes: CodeRow[]
  codeId: number | null
  onAdded(rule: AutocodeRule): void
}

export function RuleForm({ rules, codes, codeId, onAdded }: Props) {
  const { t } = useTranslation()
  const [code, setCode] = useState<string | null>(codeId ? String(codeId) : null)
  const [kind, setKind] = useState<RuleKind>('keyword')
  const [pattern, setPattern] = useState('')
  const [problem, setProblem] = useState<Omit<RuleProblem, 'message'> | null>(null)
  const [checking, setChecking] = useState(false)
  const [busy, setBusy] = useState(false)
  const asked = useRef(0)
  const text = pattern.trim()

  // The screen's code filter picks the code here too.
  useEffect(() => {
    if (codeId) setCode(String(codeId))
  }, [codeId])

  // Ask the service as the rule is typed; only the latest answer counts.
  // The rule list is a dependency on purpose: deleting a rule can end a "this code already has it".
  const { check, rules: ruleList } = rules
  useEffect(() => {
    const n = ++asked.current
    if (!text) {
      setProblem(null)
      setChecking(false)
      return
    }
    setChecking(true)
    const timer = setTimeout(() => {
      check(code ? Number(code) : undefined, kind, text).then(
        (r) => {
          if (n !== asked.current) return
          setProblem(r.valid ? null : r)
          setChecking(false)
        },
        // A check that cannot be made says nothing here; Add reports the failure.
        () => n === asked.current && setChecking(false),
      )
    }, 200)
    return () => clearTimeout(timer)
  }, [code, kind, text, ruleList, check])

  const submit = async () => {
    if (!code || !text || problem || checking || busy) return
    setBusy(true)
    try {
      const rule = await rules.add(Number(code), kind, text)
      setPattern('')
      onAdded(rule)
    } catch (err) {
      const details = err instanceof ApiError ? (err.payload.details as Partial<RuleProblem> | undefined) : undefined
      if (details?.reason) setProblem({ reason: details.reason, detail: details.detail })
      else notifyError(t, err)
    } finally {
      setBusy(false)
    }
  }

  const codeName = codes.find((c) => String(c.id) === code)?.name ?? ''
  const explanation = problem ? (
    <span data-testid="rule-problem">
      {t(`autocode.rules.problems.${problem.reason}`, { detail: `\u2068${problem.detail ?? ''}\u2069`, code: `\u2068${codeName}\u2069` })}
    </span>
  ) : null
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
      data-testid="rule-form"
    >
      <Stack gap="xs">
        <Select
          size="xs"
          searchable
          label={t('autocode.rules.code')}
          placeholder={t('autocode.rules.pickCode')}
          data={codes.map((c) => ({ value: String(c.id), label: c.name }))}
          value={code}
          onChange={setCode}
          data-testid="rule-code"
        />
        <SegmentedControl
          size="xs"
          fullWidth
          aria-label={t('autocode.rules.kind')}
          value={kind}
          onChange={(v) => setKind(v as RuleKind)}
          data={RULE_KINDS.map((k) => ({ value: k, label: t(`autocode.rules.kinds.${k}`) }))}
          data-testid="rule-kind-choice"
        />
        <TextInput
          size="xs"
          label={t('autocode.rules.text')}
          description={t(`autocode.rules.hints.${kind}`)}
          placeholder={t(`autocode.rules.examples.${kind}`)}
          value={pattern}
          onChange={(e) => setPattern(e.currentTarget.value)}
          // On the input itself (Mantine puts a TextInput's dir on its wrapper): Arabic is typed right to left.
          attributes={{ input: { dir: 'auto' } }}
          classNames={kind === 'regex' ? { input: classes.regexInput } : undefined}
          error={explanation}
          spellCheck={kind !== 'regex'}
          data-testid="rule-text"
        />
        <Group justify="flex-end">
          <Button
            size="xs"
            type="submit"
            leftSection={<IconPlus size={14} />}
            disabled={!code || !text || !!problem || checking}
            loading={busy}
            data-testid="rule-add"
          >
            {t('autocode.rules.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
