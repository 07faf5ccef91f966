/** Each breadcrumb as a row and as a sentence to copy, with "save the at-risk group" and its CSV. */
import { ActionIcon, Badge, Button, CopyButton, Group, Table, Text, TextInput, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCheck, IconCopy } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Breadcrumb, BreadcrumbAnalysis } from '../../../../shared/contract/breadcrumbs'
import { invoke } from '../../api/client'
import { csvBlob, download } from '../charts/exportChart'
import { notifyError } from '../errors/notifyError'
import { AddToPersona, usePersonaChoices } from './AddToPersona'
import classes from './Breadcrumbs.module.css'

const pct = (x: number) => `${Math.round(x * 100)}%`
const times = (x: number | null) => (x === null ? '–' : `${x.toFixed(1)}×`)

export function BreadcrumbTable({ result }: { result: BreadcrumbAnalysis }) {
  const { t } = useTranslation()
  const [saving, setSaving] = useState<string | null>(null)
  const [name, setName] = useState('')
  const [saved, setSaved] = useState<{ id: number; name: string; size: number } | null>(null)
  const choices = usePersonaChoices()

  const sentence = (b: Breadcrumb) =>
    t('breadcrumbs.sentence', {
      churned: pct(b.churnedShare),
      outcome: result.outcome,
      label: b.label,
      days: result.windowDays,
      retained: pct(b.retainedShare),
      lift: times(b.lift),
    })

  const save = async (b: Breadcrumb) => {
    try {
      const s = await invoke('breadcrumbs.saveSegment', {
        name: name.trim() || t('breadcrumbs.atRiskName', { label: b.label }),
        outcome: result.outcomeValue,
        ...(result.outcomeAttribute ? { outcomeAttribute: result.outcomeAttribute } : {}),
        breadcrumb: b.label,
        breadcrumbType: b.type,
        windowDays: result.windowDays,
      })
      setSaved(s)
      setSaving(null)
      notifications.show({ color: 'teal', message: t('breadcrumbs.saved', { name: s.name, size: s.size }) })
    } catch (err) {
      notifyError(t, err)
    }
  }

  const exportCsv = async () => {
    if (!saved) return
    try {
      const { csv } = await invoke('breadcrumbs.membersCsv', { segmentId: saved.id })
      download(csvBlob(csv.replace(/^\uFEFF/, '')), `${saved.name}.csv`)
    } catch (err) {
      notifyError(t, err)
    }
  }

  return (
    <>
      {saved ? (
        <Group gap="sm">
          <Text size="sm">{t('breadcrumbs.saved', { name: saved.name, size: saved.size })}</Text>
          <Button size="xs" variant="light" onClick={() => void exportCsv()}>
            {t('breadcrumbs.exportCsv')}
          </Button>
        </Group>
      ) : null}
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="xs" aria-label={t('breadcrumbs.tableLabel')} data-testid="breadcrumbs-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('breadcrumbs.cols.breadcrumb')}</Table.Th>
              <Table.Th>{t('breadcrumbs.cols.churned')}</Table.Th>
              <Table.Th>{t('breadcrumbs.cols.retained')}</Table.Th>
              <Table.Th>{t('breadcrumbs.cols.lift')}</Table.Th>
              <Table.Th>{t('breadcrumbs.cols.sentence')}</Table.Th>
              <Table.Th>{t('breadcrumbs.cols.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.breadcrumbs.map((b) => (
              <Table.Tr key={`${b.type}:${b.label}`} data-testid="breadcrumb-row">
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Badge size="xs" variant="light" color={b.type === 'event' ? 'teal' : 'grape'} style={{ flexShrink: 0 }}>
                      {t(`breadcrumbs.kinds.${b.type}`)}
                    </Badge>
                    <Text size="sm" fw={600} dir="auto">
                      {b.label}
                    </Text>
                  </Group>
                  {b.examples.length ? (
                    <Text size="xs" c="dimmed">
                      {t('breadcrumbs.examples', { list: b.examples.map((e) => e.label).join(', ') })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {pct(b.churnedShare)}{' '}
                  <Text span size="xs" c="dimmed">
                    ({b.churnedCount})
                  </Text>
                </Table.Td>
                <Table.Td>
                  {pct(b.retainedShare)}{' '}
                  <Text span size="xs" c="dimmed">
                    ({b.retainedCount})
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {times(b.lift)}
                  </Text>
                  {b.low !== null && b.high !== null ? (
                    <Text size="xs" c="dimmed">
                      {t('breadcrumbs.ci', { low: b.low.toFixed(1), high: b.high.toFixed(1) })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td maw={420}>
                  <Group gap={4} wrap="nowrap" align="flex-start">
                    <Text className={classes.sentence} dir="auto" data-testid="breadcrumb-sentence">
                      {sentence(b)}
                    </Text>
                    <CopyButton value={sentence(b)}>
                      {({ copied, copy }) => (
                        <Tooltip label={copied ? t('breadcrumbs.copied') : t('breadcrumbs.copy')}>
                          <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={t('breadcrumbs.copy')}>
                            {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </CopyButton>
                  </Group>
                </Table.Td>
                <Table.Td>
                  {saving === `${b.type}:${b.label}` ? (
                    <Group gap={4} wrap="nowrap">
                      <TextInput
                        size="xs"
                        aria-label={t('breadcrumbs.segmentName')}
                        placeholder={t('breadcrumbs.atRiskName', { label: b.label })}
                        value={name}
                        onChange={(e) => setName(e.currentTarget.value)}
                        w={180}
                      />
                      <Button size="xs" onClick={() => void save(b)}>
                        {t('breadcrumbs.save')}
                      </Button>
                    </Group>
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => {
                        setName('')
                        setSaving(`${b.type}:${b.label}`)
                      }}
                    >
                      {t('breadcrumbs.saveAtRisk')}
                    </Button>
                  )}
                  <AddToPersona breadcrumb={b} result={result} personas={choices.personas} onOpen={choices.reload} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  )
}
