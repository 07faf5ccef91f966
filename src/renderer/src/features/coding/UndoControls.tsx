/**
 * Undo/redo buttons with what they would undo, and the routing of Ctrl+Z / Ctrl+Shift+Z
 * (and the native menu's Edit > Undo) to the session's one history (coding, codebook,
 * auto-code and persona edits) while a screen showing them is open.
 */
import { ActionIcon, Group, Text, Tooltip } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useLoadedState } from '../../app/appState'
import { registerUndoHandler } from '../../app/undo'
import { notifyError } from '../errors/notifyError'
import { undoLabel } from './undoLabel'
import { refreshUndo, step, useUndoState } from './undoState'

export function UndoControls() {
  const { t } = useTranslation()
  const { edition } = useLoadedState()
  const state = useUndoState()
  const run = (direction: 'undo' | 'redo') => void step(direction).catch((err: unknown) => notifyError(t, err))

  useEffect(() => {
    refreshUndo()
    return registerUndoHandler({ undo: () => run('undo'), redo: () => run('redo') })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  // The desktop menu's accelerators already send these; the browser edition has only the page.
  useHotkeys(
    edition === 'browser'
      ? [
          ['mod+Z', () => run('undo')],
          ['mod+shift+Z', () => run('redo')],
          ['mod+Y', () => run('redo')],
        ]
      : [],
  )

  const undoText = state.canUndo ? t('coding.undo.undo', { label: undoLabel(t, state.undoLabel) }) : t('coding.undo.nothing')
  const redoText = state.canRedo ? t('coding.undo.redo', { label: undoLabel(t, state.redoLabel) }) : t('coding.undo.nothingRedo')
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={undoText}>
        <ActionIcon variant="subtle" disabled={!state.canUndo} onClick={() => run('undo')} aria-label={undoText} data-testid="undo">
          <IconArrowBackUp size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={redoText}>
        <ActionIcon variant="subtle" disabled={!state.canRedo} onClick={() => run('redo')} aria-label={redoText} data-testid="redo">
          <IconArrowForwardUp size={18} />
        </ActionIcon>
      </Tooltip>
      {state.canUndo ? (
        <Text size="xs" c="dimmed" truncate maw={220} data-testid="undo-label">
          {undoText}
        </Text>
      ) : null}
    </Group>
  )
}
