/** The sheet of keyboard shortcuts, opened with ? anywhere (or from the header's keyboard button). */
import { Group, Kbd, Modal, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useLoadedState } from '../../app/appState'
import { screens } from '../../app/screens'
import { SCREEN_KEYS } from '../../app/screenKeys'
import { hotkeyFor, type ShortcutAction } from '../../app/shortcuts'
import { ShortcutHint } from './ShortcutHint'

const FILE_ACTIONS: ShortcutAction[] = ['new', 'open', 'saveCopy', 'close']
const READER_KEYS = ['select', 'sentence', 'turn', 'code', 'highlight', 'undo'] as const

function Keys({ keys }: { keys: string[] }) {
  return (
    <Group gap={4} wrap="nowrap" dir="ltr">
      {keys.map((k, i) => (
        <Kbd key={i} size="xs">
          {k}
        </Kbd>
      ))}
    </Group>
  )
}

function Section({ title, rows }: { title: string; rows: { label: string; keys: React.ReactNode }[] }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {title}
      </Title>
      <Table withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.label}>
              <Table.Td>
                <Text size="sm">{r.label}</Text>
              </Table.Td>
              <Table.Td w={170}>{r.keys}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}

export function ShortcutsSheet({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation()
  const { edition, project } = useLoadedState()
  const shown = screens.filter((s) => SCREEN_KEYS[s.id] && (!s.needsProject || project))
  return (
    <Modal opened={opened} onClose={onClose} title={t('a11y.shortcuts.title')} size="lg">
      <Stack gap="md" data-testid="shortcuts-sheet">
        <Section
          title={t('a11y.shortcuts.screens')}
          rows={shown.map((s) => ({ label: t(s.label), keys: <Keys keys={['G', SCREEN_KEYS[s.id]]} /> }))}
        />
        <Section
          title={t('a11y.shortcuts.reader')}
          rows={READER_KEYS.map((k) => ({
            label: t(`a11y.shortcuts.readerKeys.${k}`),
            keys: <Keys keys={t(`a11y.shortcuts.readerCaps.${k}`).split(' ')} />,
          }))}
        />
        <Section
          title={t('a11y.shortcuts.file')}
          rows={FILE_ACTIONS.map((a) => ({ label: t(`actions.${a}`), keys: <ShortcutHint hotkey={hotkeyFor(a, edition)} /> }))}
        />
        <Section title={t('a11y.shortcuts.general')} rows={[{ label: t('a11y.shortcuts.sheet'), keys: <Keys keys={['?']} /> }]} />
      </Stack>
    </Modal>
  )
}
