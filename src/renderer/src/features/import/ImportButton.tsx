import { Button, type ButtonProps } from '@mantine/core'
import { IconFileImport } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useLoadedState } from '../../app/appState'
import { requestImport } from './importRequests'

/** "Import…": opens the picker and the import dialog of the screen's ImportHost. */
export function ImportButton(props: ButtonProps) {
  const { t } = useTranslation()
  const { project } = useLoadedState()
  return (
    <Button
      leftSection={<IconFileImport size={16} />}
      disabled={!project || project.readOnly}
      onClick={requestImport}
      data-testid="import-button"
      {...props}
    >
      {t('import.button')}
    </Button>
  )
}
