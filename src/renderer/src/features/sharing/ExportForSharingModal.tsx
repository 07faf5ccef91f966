import { Alert, Box, Button, Group, List, Modal, Stack, Switch, Text, TextInput } from '@mantine/core'
import { IconCircleCheck, IconFolderOpen } from '@tabler/icons-react'
import { useEffect, useState, type FormEvent } from 'react'
import type { SharingReview } from '../../../../shared/contract/interop'
import { invoke } from '../../api/client'
import { useTranslation } from 'react-i18next'
import { useAppState } from '../../app/appState'
import { folderOf, projectName } from '../../app/paths'
import { describeError } from '../errors/describeError'
import { usePickFile } from '../files/FilePickerProvider'
import { formatBytes } from './formatBytes'
import { SharingReviewStep } from './SharingReviewStep'
import { sharingTarget } from './sharingTarget'
import { useExportForSharing } from './useExportForSharing'

/** Exactly what anonymising changes, because a researcher must know what leaves the team. */
function AnonymiseExplained({ id }: { id: string }) {
  const { t } = useTranslation()
  // Indented to line up with the switch's label (the switch track is ~50px wide with its gap).
  return (
    <Box ps={50} id={id} data-testid="anonymise-explained">
      <Text size="xs" c="dimmed">
        {t('sharing.anonymiseWhat.intro')}
      </Text>
      <List size="xs" c="dimmed" withPadding spacing={2} mt={2}>
        {(['names', 'text', 'memos', 'left'] as const).map((k) => (
          <List.Item key={k}>{t(`sharing.anonymiseWhat.${k}`)}</List.Item>
        ))}
      </List>
    </Box>
  )
}

/**
 * File → Export for Sharing: a compact single-file copy, optionally anonymised, and where it went.
 */
export function ExportForSharingModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation()
  const project = useAppState().state?.project ?? null
  const pick = usePickFile()
  const { busy, written, error, exportCopy, reset } = useExportForSharing()
  const [path, setPath] = useState('')
  const [anonymise, setAnonymise] = useState(false)
  // The review step of an anonymised copy: what identifies people, and the names found in the text.
  const [review, setReview] = useState<SharingReview | null>(null)
  const [reviewing, setReviewing] = useState(false)
  const [reviewError, setReviewError] = useState<unknown>(null)
  const [identifying, setIdentifying] = useState<Set<string>>(new Set())
  const [masked, setMasked] = useState<Set<string>>(new Set())

  // Each opening starts afresh, with a name beside the project.
  useEffect(() => {
    if (!opened || !project) return
    reset()
    setAnonymise(false)
    setReview(null)
    setReviewing(false)
    setReviewError(null)
    setPath(sharingTarget(project.path, t('sharing.suffix')))
  }, [opened, project?.path]) // eslint-disable-line react-hooks/exhaustive-deps

  const choose = async () => {
    if (!project) return
    const chosen = await pick({
      mode: 'saveCopy',
      startDir: folderOf(path || project.path),
      suggestedName: projectName(path || project.path),
      title: t('sharing.pickTitle'),
      confirmLabel: t('sharing.pickConfirm'),
    })
    if (chosen) setPath(chosen)
  }

  const startReview = async () => {
    setReviewing(true)
    setReviewError(null)
    try {
      const r = await invoke('project.sharingReview', {})
      setReview(r)
      setIdentifying(new Set(r.attributes.filter((a) => a.identifying).map((a) => a.name)))
      // Every name found is replaced unless the researcher unticks it: leaving one in must be a choice.
      setMasked(new Set(r.detected.filter((d) => d.kind === 'name').map((d) => d.text)))
    } catch (err) {
      setReviewError(err)
    } finally {
      setReviewing(false)
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!path.trim()) return
    if (anonymise && !review) return void startReview()
    void exportCopy(path.trim(), anonymise, { identifyingAttributes: [...identifying], maskNames: [...masked] })
  }

  const shown = error ? describeError(t, error) : reviewError ? describeError(t, reviewError) : null
  const inReview = anonymise && review !== null
  return (
    <Modal opened={opened} onClose={onClose} title={t('sharing.title')} size="lg" centered>
      {written ? (
        <Stack gap="md" data-testid="sharing-result">
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title={t('sharing.written')}>
            <Text size="sm" style={{ wordBreak: 'break-all' }} data-testid="sharing-path">
              <bdi dir="ltr">{written.path}</bdi>
            </Text>
            <Text size="sm" c="dimmed" mt={4}>
              {t('sharing.size', { size: formatBytes(written.bytes, i18n.language) })}
            </Text>
          </Alert>
          {written.anonymised ? (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('sharing.anonymisedTitle')}
              </Text>
              <List size="sm" spacing={2} data-testid="sharing-replaced">
                {written.replaced ? (
                  (['participants', 'attributeValues', 'sources', 'names', 'emails', 'phones', 'mentions'] as const).map((k) => (
                    <List.Item key={k}>{t(`sharingReview.replaced.${k}`, { count: written.replaced![k] })}</List.Item>
                  ))
                ) : (
                  <>
                    <List.Item>{t('sharing.pseudonyms', { count: written.pseudonyms })}</List.Item>
                    <List.Item>{t('sharing.emails', { count: written.maskedEmails })}</List.Item>
                    <List.Item>{t('sharing.phones', { count: written.maskedPhones })}</List.Item>
                  </>
                )}
              </List>
            </Stack>
          ) : (
            <Text size="sm">{t('sharing.notAnonymised')}</Text>
          )}
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('sharing.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit}>
          <Stack gap="md">
            <Text size="sm">{t('sharing.intro')}</Text>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                label={t('sharing.target')}
                value={path}
                onChange={(e) => setPath(e.currentTarget.value)}
                dir="ltr"
                flex={1}
                required
              />
              <Button variant="default" leftSection={<IconFolderOpen size={16} />} onClick={() => void choose()}>
                {t('sharing.choose')}
              </Button>
            </Group>
            {inReview ? (
              <SharingReviewStep
                review={review}
                identifying={identifying}
                onIdentifying={setIdentifying}
                masked={masked}
                onMasked={setMasked}
              />
            ) : (
              <Stack gap={4}>
                <Switch
                  checked={anonymise}
                  onChange={(e) => setAnonymise(e.currentTarget.checked)}
                  label={t('sharing.anonymise')}
                  aria-describedby="anonymise-explained"
                />
                <AnonymiseExplained id="anonymise-explained" />
              </Stack>
            )}
            {shown ? (
              <Alert color="red" variant="light" title={shown.title}>
                {shown.message}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              {inReview ? (
                <Button variant="default" onClick={() => setReview(null)}>
                  {t('sharingReview.back')}
                </Button>
              ) : (
                <Button variant="default" onClick={onClose}>
                  {t('actions.cancel')}
                </Button>
              )}
              <Button type="submit" loading={busy || reviewing} disabled={!path.trim()}>
                {anonymise && !review ? t('sharingReview.next') : t('sharing.export')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  )
}
