/** Where an export was written, so the researcher can find the file. */
import { Alert, List, Text } from '@mantine/core'
import { IconCircleCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { PersonaExportResult } from '../../../../shared/contract/personas'

export function ExportResult({ result, onClose }: { result: PersonaExportResult; onClose(): void }) {
  const { t } = useTranslation()
  return (
    <Alert
      color="teal"
      icon={<IconCircleCheck size={18} />}
      title={t('personas.export.done', { count: result.files.length })}
      withCloseButton
      closeButtonLabel={t('personas.actions.dismiss')}
      onClose={onClose}
      data-testid="export-result"
    >
      <List size="sm" spacing={2}>
        {result.files.map((f) => (
          <List.Item key={f}>
            <Text size="sm" ff="monospace" dir="ltr" component="bdi" data-testid="export-path">
              {f}
            </Text>
          </List.Item>
        ))}
      </List>
      {result.pages != null ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t('personas.export.pages', { count: result.pages })}
        </Text>
      ) : null}
    </Alert>
  )
}
