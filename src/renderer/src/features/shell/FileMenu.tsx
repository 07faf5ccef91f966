import { Button, Menu } from '@mantine/core'
import {
  IconChevronDown,
  IconCopy,
  IconFileExport,
  IconFileImport,
  IconFilePlus,
  IconFolderOpen,
  IconFlask,
  IconX,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLoadedState } from '../../app/appState'
import { hotkeyFor } from '../../app/shortcuts'
import { useStartImport } from '../import/useStartImport'
import { useProjectActions } from '../project/ProjectActionsProvider'
import { ShortcutHint } from './ShortcutHint'

/** The browser edition's stand-in for the desktop app's native File menu. */
export function FileMenu() {
  const { t } = useTranslation()
  const { edition, project } = useLoadedState()
  const actions = useProjectActions()
  const startImport = useStartImport()
  const hint = (a: Parameters<typeof hotkeyFor>[0]) => <ShortcutHint hotkey={hotkeyFor(a, edition)} />
  return (
    <Menu position="bottom-end" width={260}>
      <Menu.Target>
        <Button variant="subtle" color="gray" size="sm" rightSection={<IconChevronDown size={14} />}>
          {t('header.file')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconFilePlus size={16} />} rightSection={hint('new')} onClick={() => void actions.newProject()}>
          {t('actions.new')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFolderOpen size={16} />} rightSection={hint('open')} onClick={() => void actions.openProject()}>
          {t('actions.open')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFlask size={16} />} onClick={() => void actions.openSample()}>
          {t('actions.openSample')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconFileImport size={16} />} disabled={!project || project.readOnly} onClick={startImport}>
          {t('import.button')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconCopy size={16} />}
          rightSection={hint('saveCopy')}
          disabled={!project}
          onClick={() => void actions.saveCopy()}
        >
          {t('actions.saveCopy')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileExport size={16} />} disabled={!project} onClick={actions.exportForSharing}>
          {t('sharing.menu')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconX size={16} />}
          rightSection={hint('close')}
          disabled={!project}
          onClick={() => void actions.closeProject()}
        >
          {t('actions.close')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
