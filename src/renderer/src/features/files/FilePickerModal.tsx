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
import { IconArrowUp, IconCursorText, IconFile, IconFileDatabase, IconFolder, IconHome, IconSearch } from '@tabler/icons-react'
import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DirEntry } from '../../../../shared/domain'
import { invoke } from '../../api/client'
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
  /** Where to open when the request names no folder (the last used one, or the project's). */
  startDir: string
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

export function FilePickerModal({ request, projectsDir, startDir, onDone }: Props) {
  const { t } = useTranslation()
  const [dir, setDir] = useState<string | undefined>(projectsDir)
  const [name, setName] = useState('')
  const [selected, setSelected] = useState<string | null>(null)
  // 'files' mode: every chosen path (they may come from several folders) and the name filter.
  const [chosen, setChosen] = useState<string[]>([])
  const [filter, setFilter] = useState('')
  const [allFiles, setAllFiles] = useState(false)
  const { listing, error, loading } = useDirListing(dir, request !== null)

  const [typed, setTyped] = useState('')
  const [typedError, setTypedError] = useState<string | null>(null)
  const first = request?.startDir ?? startDir
  useEffect(() => {
    if (!request) return
    setDir(first)
    setName(request.suggestedName ?? '')
    setSelected(null)
    setChosen([])
    setFilter('')
    setAllFiles(false)
    setTyped('')
    setTypedError(null)
    // Only a new request moves the picker; the remembered folder changing under it must not.
  }, [request]) // eslint-disable-line react-hooks/exhaustive-deps

  // A folder that has gone (moved, a fresh install without its projects folder): the projects folder, else home, instead of an error.
  useEffect(() => {
    if (!error) return
    if (dir === first && first !== projectsDir) setDir(projectsDir)
    else if (dir === projectsDir) setDir(undefined)
  }, [error, dir, first, projectsDir])

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

  /** A typed or pasted path: a folder opens, a file is chosen (or named, when saving), through files.locate. */
  async function goToTyped() {
    const path = typed.trim()
    if (!path) return
    setTypedError(null)
    try {
      const found = await invoke('files.locate', { path, ...(listing ? { from: listing.dir } : {}) })
      if (found.kind === 'dir') {
        setDir(found.path)
        setSelected(null)
      } else if (saving) {
        setDir(found.dir)
        setName(found.name)
      } else if (found.kind === 'new') {
        setTypedError(t('filePicker.noSuchFile', { path: found.path }))
        return
      } else {
        setDir(found.dir)
        if (files) setChosen((c) => (c.includes(found.path) ? c : multiple ? [...c, found.path] : [found.path]))
        else if (found.kind === 'project') setSelected(found.path)
        else {
          setTypedError(t('filePicker.notProject', { path: found.path }))
          return
        }
      }
      setTyped('')
    } catch (err) {
      setTypedError(describeError(t, err).message)
    }
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

          <Group gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={t('filePicker.typed')}
              placeholder={t('filePicker.typedHint')}
              leftSection={<IconCursorText size={14} />}
              value={typed}
              onChange={(e) => {
                setTyped(e.currentTarget.value)
                setTypedError(null)
              }}
              onKeyDown={(e) => {
                // Enter here goes to the path; it must not confirm the whole dialog.
                if (e.key === 'Enter') {
                  e.preventDefault()
                  void goToTyped()
                }
              }}
              error={typedError}
              dir="ltr"
              size="sm"
              style={{ flex: 1 }}
              data-testid="picker-typed"
            />
            <Button variant="default" size="sm" onClick={() => void goToTyped()} disabled={!typed.trim()}>
              {t('filePicker.go')}
            </Button>
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

          {error && dir !== projectsDir && dir !== first ? (
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
