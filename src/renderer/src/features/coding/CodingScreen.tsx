/**
 * The Coding screen: the list of what can be coded, the open document or response list, and
 * the bar with who is coding, whose highlights are shown, and undo/redo.
 */
import { Group, Select, Text, Title } from '@mantine/core'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLoadedState } from '../../app/appState'
import { useCodebook } from '../codebook/useCodebook'
import { CoderBadge } from './CoderPrompt'
import classes from './Coding.module.css'
import { DocumentList, type Opened } from './DocumentList'
import { DocumentPane } from './DocumentPane'
import { takeCodingTarget, type CodingTarget } from './openTarget'
import { ResponseList } from './responses/ResponseList'
import { UndoControls } from './UndoControls'
import { useDocumentList } from './useDocumentList'

export function CodingScreen() {
  const { t } = useTranslation()
  const { project } = useLoadedState()
  const entries = useDocumentList(project?.sources ?? [])
  const codebook = useCodebook()
  const [target] = useState<CodingTarget | null>(() => takeCodingTarget())
  const [opened, setOpened] = useState<Opened | null>(() => (target ? { kind: 'document', id: target.documentId } : null))
  const [coder, setCoder] = useState<string | null>(null)
  const [coders, setCoders] = useState<string[]>([])
  const onCoders = useCallback((list: string[]) => setCoders(list), [])

  const first = entries.find((e) => e.documents.length)?.documents[0]
  const current: Opened | null = opened ?? (first ? { kind: 'document', id: first.id } : null)
  const title =
    current?.kind === 'responses'
      ? current.question
      : entries.flatMap((e) => e.documents).find((d) => current?.kind === 'document' && d.id === current.id)?.title

  return (
    <div className={classes.screen}>
      <Group justify="space-between" wrap="nowrap" className={classes.bar}>
        <Group gap="sm" wrap="nowrap" miw={0}>
          <Title order={1} size="h4" fw={650}>
            {t('coding.title')}
          </Title>
          {title ? (
            <Text c="dimmed" truncate dir="auto" data-testid="coding-title">
              {title}
            </Text>
          ) : null}
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Select
            size="xs"
            w={180}
            clearable
            placeholder={t('coding.coder.all')}
            aria-label={t('coding.coder.filter')}
            data={coders}
            value={coder}
            onChange={setCoder}
          />
          <CoderBadge />
          <UndoControls />
        </Group>
      </Group>
      <div className={classes.body}>
        <aside className={classes.list}>
          <DocumentList entries={entries} opened={current} onOpen={setOpened} />
        </aside>
        <main className={classes.main}>
          {current?.kind === 'document' ? (
            <DocumentPane key={current.id} documentId={current.id} codebook={codebook} coder={coder} target={target} onCoders={onCoders} />
          ) : current?.kind === 'responses' ? (
            <ResponseList
              key={`${current.sourceId}:${current.question}`}
              sourceId={current.sourceId}
              question={current.question}
              codebook={codebook}
              coder={coder}
              onCoders={onCoders}
            />
          ) : (
            <Text c="dimmed" p="md">
              {t('coding.empty')}
            </Text>
          )}
        </main>
      </div>
    </div>
  )
}
