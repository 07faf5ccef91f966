/** Everything about one code: name, kind, colour, description, pin, parent, memo, merge and delete. */
import {
  Button,
  ColorInput,
  Divider,
  Group,
  Modal,
  NativeSelect,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CodeRow } from '../../../../shared/contract/codes'
import { CODE_KINDS, type CodeKind } from '../../../../shared/domain'
import { MemoEditor } from './MemoEditor'
import { canNest } from './tree'
import type { Codebook } from './useCodebook'

type DeleteChoice = 'delete' | 'keep-uncoded' | 'move-to-parent'

export function CodeDetails({ code, codebook, onGone }: { code: CodeRow; codebook: Codebook; onGone(): void }) {
  const { t } = useTranslation()
  const [name, setName] = useState(code.name)
  const [description, setDescription] = useState(code.description)
  const [mergeInto, setMergeInto] = useState<string | null>(null)
  const [deleting, setDeleting] = useState(false)
  const [choice, setChoice] = useState<DeleteChoice>('keep-uncoded')
  useEffect(() => {
    setName(code.name)
    setDescription(code.description)
  }, [code.id, code.name, code.description])

  const others = codebook.codes.filter((c) => c.id !== code.id)
  const pins = codebook.codes.filter((c) => c.pin != null && c.id !== code.id)
  return (
    <Stack gap="sm" data-testid="code-details">
      <Title order={2} size="h5" dir="auto">
        {code.name}
      </Title>
      <TextInput
        label={t('codebook.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        onBlur={() => name.trim() && name !== code.name && void codebook.update({ id: code.id, name: name.trim() })}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        data-testid="code-name"
      />
      <Group grow>
        <NativeSelect
          label={t('codebook.kind')}
          value={code.kind}
          data={CODE_KINDS.map((k) => ({ value: k, label: t(`coding.kinds.${k}`) }))}
          onChange={(e) => void codebook.update({ id: code.id, kind: e.currentTarget.value as CodeKind })}
        />
        <ColorInput
          label={t('codebook.color')}
          value={code.color}
          format="hex"
          onChangeEnd={(color) => void codebook.update({ id: code.id, color })}
        />
      </Group>
      <Textarea
        label={t('codebook.description')}
        autosize
        minRows={2}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        onBlur={() => description !== code.description && void codebook.update({ id: code.id, description })}
      />
      <Group grow>
        <Select
          label={t('codebook.pin')}
          clearable
          placeholder={t('codebook.noPin')}
          value={code.pin != null ? String(code.pin) : null}
          data={[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({
            value: String(n),
            label: pins.find((c) => c.pin === n) ? t('codebook.pinTaken', { n, name: pins.find((c) => c.pin === n)!.name }) : String(n),
          }))}
          onChange={(v) => void codebook.update({ id: code.id, pin: v ? Number(v) : null })}
          data-testid="code-pin"
        />
        <Select
          label={t('codebook.parent')}
          clearable
          searchable
          placeholder={t('codebook.topLevel')}
          value={code.parentId != null ? String(code.parentId) : null}
          data={others.filter((c) => canNest(codebook.codes, code.id, c.id)).map((c) => ({ value: String(c.id), label: c.name }))}
          onChange={(v) => void codebook.move(code.id, v ? Number(v) : null)}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('codebook.count', { count: code.count })}
      </Text>
      <MemoEditor targetKind="code" targetId={code.id} label={t('codebook.memo.code')} />
      <Divider />
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Select
          style={{ flex: 1 }}
          label={t('codebook.mergeInto')}
          searchable
          value={mergeInto}
          onChange={setMergeInto}
          data={others.map((c) => ({ value: String(c.id), label: c.name }))}
          data-testid="merge-into"
        />
        <Button
          variant="light"
          disabled={!mergeInto}
          onClick={() => void codebook.merge(code.id, Number(mergeInto)).then((r) => r && onGone())}
        >
          {t('codebook.merge')}
        </Button>
      </Group>
      <Button color="red" variant="light" onClick={() => setDeleting(true)}>
        {t('codebook.delete')}
      </Button>
      <Modal opened={deleting} onClose={() => setDeleting(false)} title={t('codebook.deleteTitle', { name: code.name })} centered>
        <Stack>
          <Radio.Group value={choice} onChange={(v) => setChoice(v as DeleteChoice)} label={t('codebook.deleteAsk', { count: code.count })}>
            <Stack gap="xs" mt="xs">
              <Radio value="keep-uncoded" label={t('codebook.deleteKeep')} />
              <Radio value="move-to-parent" label={t('codebook.deleteParent')} disabled={code.parentId == null} />
              <Radio value="delete" label={t('codebook.deleteHighlights')} />
            </Stack>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(false)}>
              {t('actions.cancel')}
            </Button>
            <Button color="red" onClick={() => void codebook.remove(code.id, choice).then((r) => r && (setDeleting(false), onGone()))}>
              {t('codebook.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}
