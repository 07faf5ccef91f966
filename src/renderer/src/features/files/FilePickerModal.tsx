import {
  Alert,
  Button,
  Checkbox,
  Group,
  Switch,
  Loader,
  Modal,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  Tooltip,
  ActionIcon,
  UnstyledButton,
} from '@mantine/core'
import { IconArrowUp, IconFile, IconFileDatabase, IconFolder, IconHome, IconSearch } from '@tabler/icons-react'
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DirEntry } from '../../../../shared/domain'
import { joinPath, withNeedleExtension } from '../../app/paths'
import { withExtension } from './extensions'
import { listedEntries } from './listedEntries'
import { describeError } from '../errors/describeError'
import classes from './FilePicker.module.css'
import type { PickRequest } from './pickRequest'
import { useDirListing } from './useDirListing'

interface Props {
  request: PickRequest | null
  projectsDir: string
  onDone(paths: string[] | null): void
}

const TITLES = {
  new: 'picker.titleNew',
  open: 'picker.titleOpen',
  saveCopy: 'picker.titleSaveCopy',
  files: 'picker.titleOpen',
  saveFile: 'picker.titleSaveCopy',
} as const
const CONFIRM = {
  new: 'picker.create',
  open: 'picker.open',
  saveCopy: 'picker.save',
  files: 'picker.open',
  saveFile: 'picker.save',
} as const

export function FilePickerModal({ request, projectsDir, onDone }: Props) {
  const { t } = useTranslation()
  const [dir, setDir] = useState<string | undefined>(projectsDir)
  const [name, setName] = useState('')
  const [selected, setSelected] = useState<string | null>(null)
  // 'files' mode: every chosen path (they may come from several folders) and the name filter.
  const [chosen, setChosen] = useState<string[]>([])
  const [filter, setFilter] = useState('')
  const [allFiles, setAllFiles] = useState(false)
  const { listing, error, loading } = useDirListing(dir, request !== null)

  useEffect(() => {
    if (!request) return
    setDir(request.startDir ?? projectsDir)
    setName(request.suggestedName ?? '')
    setSelected(null)
    setChosen([])
    setFilter('')
    setAllFiles(false)
  }, [request, projectsDir])

  // A fresh install may not have its projects folder yet: show the home folder instead of an error.
  useEffect(() => {
    if (error && dir === projectsDir) setDir(undefined)
  }, [error, dir, projectsDir])

  const mode = request?.mode ?? 'open'
  const saving = mode === 'new' || mode === 'saveCopy' || mode === 'saveFile'
  const files = mode === 'files'
  const multiple = files && request?.multiple === true
  const { visible, hidden } = listedEntries(
    listing?.entries ?? [],
    allFiles && request ? { ...request, extensions: undefined } : request,
    filter,
  )
  const named = (n: string) => (mode === 'saveFile' ? withExtension(n, request?.extension ?? '') : withNeedleExtension(n))
  const targets = saving
    ? name.trim() && listing
      ? [joinPath(listing.dir, named(name.trim()))]
      : []
    : files
      ? chosen
      : selected
        ? [selected]
        : []

  function choose(entry: DirEntry) {
    if (entry.kind === 'dir') {
      setDir(entry.path)
      setSelected(null)
    } else if (saving) setName(entry.name)
    else if (files)
      setChosen((c) => (c.includes(entry.path) ? c.filter((p) => p !== entry.path) : multiple ? [...c, entry.path] : [entry.path]))
    else setSelected(entry.path)
  }

  function submit(e?: FormEvent) {
    e?.preventDefault()
    if (targets.length) onDone(targets)
  }

  const kindLabel = (entry: DirEntry) =>
    entry.kind === 'dir'
      ? t('picker.folderKind')
      : entry.kind === 'project' && !files
        ? t('picker.projectKind')
        : t('import.picker.fileKind')
  const isChosen = (entry: DirEntry) => (files ? chosen.includes(entry.path) : entry.path === selected) || (saving && entry.name === name)

  return (
    <Modal opened={request !== null} onClose={() => onDone(null)} title={request?.title ?? t(TITLES[mode])} size="lg" centered>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Group gap="xs" wrap="nowrap">
            <Tooltip label={t('picker.up')}>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('picker.up')}
                disabled={!listing?.parent}
                onClick={() => listing?.parent && setDir(listing.parent)}
              >
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

          {files ? (
            <Group gap="md" wrap="nowrap">
              <TextInput
                aria-label={t('import.picker.filter')}
                placeholder={t('import.picker.filter')}
                leftSection={<IconSearch size={14} />}
                value={filter}
                onChange={(e) => setFilter(e.currentTarget.value)}
                size="sm"
                style={{ flex: 1 }}
              />
              {request?.extensions ? (
                <Switch
                  size="sm"
                  label={t('import.picker.allFiles')}
                  checked={allFiles}
                  onChange={(e) => setAllFiles(e.currentTarget.checked)}
                />
              ) : null}
            </Group>
          ) : null}

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
                {files ? t('import.picker.noFiles') : t('picker.emptyFolder')}
              </Text>
            ) : (
              <Stack gap={0} role="list">
                {visible.map((entry) => (
                  <UnstyledButton
                    key={entry.path}
                    role="listitem"
                    className={classes.entry}
                    data-selected={isChosen(entry) || undefined}
                    aria-label={`${kindLabel(entry)}: ${entry.name}`}
                    // aria-selected means nothing on a list item; aria-current is announced on any role.
                    aria-current={entry.kind !== 'dir' && isChosen(entry) ? 'true' : undefined}
                    onClick={() => choose(entry)}
                    onDoubleClick={() => {
                      if (files && entry.kind !== 'dir') onDone(multiple && chosen.length > 1 ? chosen : [entry.path])
                      else if (entry.kind === 'project' && !saving && !files) onDone([entry.path])
                    }}
                  >
                    {multiple && entry.kind !== 'dir' ? (
                      <Checkbox checked={isChosen(entry)} readOnly tabIndex={-1} size="xs" aria-hidden />
                    ) : null}
                    {entry.kind === 'dir' ? (
                      <IconFolder size={18} className={classes.folderIcon} />
                    ) : entry.kind === 'project' && !files ? (
                      <IconFileDatabase size={18} className={classes.projectIcon} />
                    ) : (
                      <IconFile size={18} className={classes.folderIcon} />
                    )}
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
              {files ? t('import.picker.hiddenFiles', { n: hidden }) : t('picker.hiddenFiles', { count: hidden })}
            </Text>
          ) : null}

          {saving ? (
            <TextInput
              label={t('picker.fileName')}
              description={mode === 'saveFile' ? undefined : t('picker.fileNameHint')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              data-autofocus
            />
          ) : files ? (
            <Text size="sm" c="dimmed" data-testid="picker-chosen">
              {chosen.length
                ? t('import.picker.chosen', { n: chosen.length })
                : multiple
                  ? t('import.picker.chooseMany')
                  : t('import.picker.chooseOne')}
            </Text>
          ) : !selected ? (
            <Text size="sm" c="dimmed">
              {t('picker.chooseProject')}
            </Text>
          ) : null}

          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={() => onDone(null)}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" disabled={targets.length === 0}>
              {request?.confirmLabel ?? t(CONFIRM[mode])}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
