import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ENCODING_CHOICES } from '../../../../shared/import/encodings'

const DETECTED = '__detected__'

/**
 * The encoding the file is read in: the detected one by default, or one the researcher names when
 * the preview shows garbled text. Choosing reads the file again, so the preview below shows the
 * text in the new encoding before anything is imported.
 */
export function EncodingPicker({
  detected,
  chosen,
  disabled,
  onChange,
}: {
  detected: string
  chosen: string | undefined
  disabled?: boolean
  onChange(encoding: string | undefined): void
}) {
  const { t } = useTranslation()
  const shown = detected.replace(/ \(chosen\)$/, '')
  return (
    <Select
      size="xs"
      w={260}
      label={t('importEncoding.label')}
      description={t('importEncoding.description')}
      data-testid="encoding-picker"
      allowDeselect={false}
      disabled={disabled}
      value={chosen ?? DETECTED}
      data={[
        { value: DETECTED, label: chosen ? t('importEncoding.auto') : t('importEncoding.detected', { encoding: shown }) },
        ...ENCODING_CHOICES.map((e) => ({ value: e, label: e })),
      ]}
      onChange={(v) => onChange(!v || v === DETECTED ? undefined : v)}
    />
  )
}
