import { Alert, Button, Group, Loader, Modal, ScrollArea, Stack, Text, TextInput, Tooltip, ActionIcon, UnstyledButton } from '@mantine/core'
import { IconArrowUp, IconFileDatabase, IconFolder, IconHome } from '@tabler/icons-react'
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DirEntry } from '../../../../shared/domain'
import { joinPath, withNeedleExtension } from '../../app/paths'
import { describeError } from '../errors/describeError'
import classes from './FilePicker.module.css'
import type { PickRequest } from './pickRequest'
import { useDirListing } from './useDirListing'

interface Props {
  request: PickRequest | null
  projectsDir: string
  onDone(path: string | null): void
}

const TITLES = { new: 'picker.titleNew', open: 'picker.titleOpen', saveCopy: 'picker.titleSaveCopy' } as const
const CONFIRM = { new: 'picker.create', open: 'picker.open', saveCopy: 'picker.save' } as const

export function FilePickerModal({ request, projectsDir, onDone }: Props) {
  const { t } = useTranslation()
  const [dir, setDir] = useState<string | undefined>(projectsDir)
  const [name, setName] = useState('')
  const [selected, setSelected] = useState<string | null>(null)
  const { listing, error, loading } = useDirListing(dir, request !== null)

  useEffect(() => {
    if (!request) return
    setDir(request.startDir ?? projectsDir)
    setName(request.suggestedName ?? '')
    setSelected(null)
  }, [request, projectsDir])

  // A fresh install may not have its projects folder yet: show the home folder instead of an error.
  useEffect(() => {
    if (error && dir === projectsDir) setDir(undefined)
  }, [error, dir, projectsDir])

  const mode = request?.mode ?? 'open'
  const saving = mode !== 'open'
  const visible = listing?.entries.filter((e) => e.kind !== 'file') ?? []
  const hidden = (listing?.entries.length ?? 0) - visible.length
  const target = saving ? (name.trim() && listing ? joinPath(listing.dir, withNeedleExtension(name.trim())) : null) : selected

  function choose(entry: DirEntry) {
    if (entry.kind === 'dir') {
      setDir(entry.path)
      setSelected(null)
    } else if (saving) setName(entry.name)
    else setSelected(entry.path)
  }

  function submit(e?: FormEvent) {
    e?.preventDefault()
    if (target) onDone(target)
  }

  return (
    <Modal opened={request !== null} onClose={() => onDone(null)} title={t(TITLES[mode])} size="lg" centered>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Group gap="xs" wrap="nowrap">
            <Tooltip label={t('picker.up')}>
              <ActionIcon variant="default" size="lg" aria-label={t('picker.up')} disabled={!listing?.parent} onClick={() => listing?.parent && setDir(listing.parent)}>
                <IconArrowUp size={18} />
              </ActionIcon>
            </Tooltip>
            <Text className={classes.path} data-testid="picker-folder" title={listing?.dir}>
              <bdi>{listing?.dir ?? dir ?? ''}</bdi>
            </Text>
            <Button variant="default" size="compact-sm" leftSection={<IconFolder size={14} />} onClick={() => setDir(projectsDir)}>
              {t('picker.projectsFolder')}
            </Button>
            <Tooltip label={t('picker.home')}>
              <ActionIcon variant="default" size="lg" aria-label={t('picker.home')} onClick={() => setDir(undefined)}>
                <IconHome size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>

          {error && dir !== projectsDir ? (
            <Alert color="red" title={describeError(t, error).title}>
              {describeError(t, error).message}
            </Alert>
          ) : null}

          <ScrollArea h={280} className={classes.list} type="auto">
            {loading && !listing ? (
              <Group justify="center" p="xl">
                <Loader size="sm" />
              </Group>
            ) : visible.length === 0 ? (
              <Text c="dimmed" size="sm" p="md">
                {t('picker.emptyFolder')}
              </Text>
            ) : (
              <Stack gap={0} role="list">
                {visible.map((entry) => (
                  <UnstyledButton
                    key={entry.path}
                    role="listitem"
                    className={classes.entry}
                    data-selected={entry.path === selected || (saving && entry.name === name) || undefined}
                    aria-label={`${entry.kind === 'dir' ? t('picker.folderKind') : t('picker.projectKind')}: ${entry.name}`}
                    onClick={() => choose(entry)}
                    onDoubleClick={() => entry.kind === 'project' && !saving && onDone(entry.path)}
                  >
                    {entry.kind === 'dir' ? <IconFolder size={18} className={classes.folderIcon} /> : <IconFileDatabase size={18} className={classes.projectIcon} />}
                    <Text size="sm" truncate>
                      {entry.name}
                    </Text>
                  </UnstyledButton>
                ))}
              </Stack>
            )}
          </ScrollArea>
          {hidden > 0 ? (
            <Text size="xs" c="dimmed">
              {t('picker.hiddenFiles', { count: hidden })}
            </Text>
          ) : null}

          {saving ? (
            <TextInput label={t('picker.fileName')} description={t('picker.fileNameHint')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
          ) : !selected ? (
            <Text size="sm" c="dimmed">
              {t('picker.chooseProject')}
            </Text>
          ) : null}

          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={() => onDone(null)}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" disabled={!target}>
              {t(CONFIRM[mode])}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
