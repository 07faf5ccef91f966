import { Button, Group, NativeSelect, TextInput } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CODE_KINDS, type CodeKind } from '../../../../shared/domain'
import type { Codebook } from './useCodebook'

export function NewCodeForm({ codebook, onCreated }: { codebook: Codebook; onCreated(id: number): void }) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [kind, setKind] = useState<CodeKind>('need')
  const submit = async () => {
    if (!name.trim()) return
    const code = await codebook.create(name.trim(), kind)
    if (code) {
      setName('')
      onCreated(code.id)
    }
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <Group gap="xs" wrap="nowrap">
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          placeholder={t('codebook.newName')}
          aria-label={t('codebook.newName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <NativeSelect
          size="xs"
          aria-label={t('codebook.kind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as CodeKind)}
          data={CODE_KINDS.map((k) => ({ value: k, label: t(`coding.kinds.${k}`) }))}
        />
        <Button size="xs" type="submit" leftSection={<IconPlus size={14} />} disabled={!name.trim()}>
          {t('codebook.add')}
        </Button>
      </Group>
    </form>
  )
}
