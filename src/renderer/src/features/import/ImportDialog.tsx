import { Button, Group, Modal, Stepper, Text } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { baseName } from '../../app/paths'
import { useNavigation } from '../../app/navigation'
import { useFormat } from '../../i18n/format'
import { FileStep } from './FileStep'
import { ImportFailure } from './ImportFailure'
import { ImportProgress } from './ImportProgress'
import { ImportResults } from './ImportResults'
import { mappingProblems } from './mappingEdit'
import type { ImportFlow } from './useImportFlow'

/** The import dialog: a step per file, then progress, then the results or the question an error asks. */
export function ImportDialog({ flow }: { flow: ImportFlow }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { go } = useNavigation()
  const { phase, drafts, step } = flow
  const draft = drafts[step]
  const blocked = drafts.some(
    (d) => d.loading || d.error || !d.preview || (d.kind !== 'interview' && d.mapping && mappingProblems(d.mapping).length > 0),
  )
  const last = step >= drafts.length - 1
  return (
    <Modal
      opened={phase !== 'closed'}
      // A running import is stopped with its own Cancel button, so closing cannot leave it running unseen.
      onClose={() => phase !== 'running' && flow.close()}
      withCloseButton={phase !== 'running'}
      closeOnEscape={phase !== 'running'}
      closeOnClickOutside={false}
      title={t('import.title')}
      size={1100}
      centered
    >
      {phase === 'steps' && draft ? (
        <>
          {drafts.length > 1 ? (
            <Stepper active={step} onStepClick={flow.setStep} allowNextStepsSelect size="xs" mb="md">
              {drafts.map((d) => (
                <Stepper.Step
                  key={d.path}
                  label={<bdi>{baseName(d.path)}</bdi>}
                  description={d.kind ? t(`import.kinds.${d.kind}`) : undefined}
                  color={d.error ? 'red' : undefined}
                  icon={d.error ? <IconAlertCircle size={16} /> : undefined}
                />
              ))}
            </Stepper>
          ) : null}
          <FileStep key={draft.path} draft={draft} flow={flow} />
          <Group justify="space-between" mt="lg">
            <Button variant="default" onClick={flow.close}>
              {t('import.cancel')}
            </Button>
            <Group gap="sm">
              {drafts.length > 1 ? (
                <Text size="sm" c="dimmed">
                  {t('import.stepOf', { n: format.number(step + 1), of: format.number(drafts.length) })}
                </Text>
              ) : null}
              {step > 0 ? (
                <Button variant="default" onClick={() => flow.setStep(step - 1)}>
                  {t('import.previous')}
                </Button>
              ) : null}
              {!last ? (
                <Button variant="light" onClick={() => flow.setStep(step + 1)}>
                  {t('import.next')}
                </Button>
              ) : null}
              <Button onClick={flow.importAll} disabled={blocked} variant={last ? 'filled' : 'default'}>
                {drafts.length > 1 ? t('import.runMany', { n: format.number(drafts.length) }) : t('import.run')}
              </Button>
            </Group>
          </Group>
        </>
      ) : null}
      {phase === 'running' ? (
        <ImportProgress
          progress={flow.progress}
          files={drafts.length}
          expectedRows={Object.fromEntries(
            drafts.map((d) => [baseName(d.path), d.preview?.table?.totalRowsEstimate ?? d.preview?.transcript?.totalTurns ?? 0]),
          )}
          onCancel={flow.cancel}
        />
      ) : null}
      {phase === 'failed' ? <ImportFailure flow={flow} /> : null}
      {phase === 'done' ? (
        <>
          <ImportResults sources={flow.results} />
          <Group justify="flex-end" mt="lg" gap="sm">
            <Button
              variant="default"
              onClick={() => {
                flow.close()
                go('sources')
              }}
            >
              {t('import.showSources')}
            </Button>
            <Button onClick={flow.close}>{t('import.done')}</Button>
          </Group>
        </>
      ) : null}
    </Modal>
  )
}
