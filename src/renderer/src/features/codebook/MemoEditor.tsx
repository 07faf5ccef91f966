/** A memo box that saves when the researcher leaves it. */
import { Text, Textarea } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MemoTarget } from '../../../../shared/contract/codes'
import { useFormat } from '../../i18n/format'
import { useMemoOf } from './useMemo'

export function MemoEditor({ targetKind, targetId, label }: { targetKind: MemoTarget; targetId: number | null; label: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { memo, loaded, save } = useMemoOf(targetKind, targetId)
  const [text, setText] = useState('')
  useEffect(() => setText(memo?.text ?? ''), [memo])
  return (
    <div>
      <Textarea
        label={label}
        autosize
        minRows={3}
        maxRows={12}
        value={text}
        disabled={!loaded}
        placeholder={t('codebook.memo.placeholder')}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={() => text !== (memo?.text ?? '') && void save(text)}
        data-testid={`memo-${targetKind}`}
      />
      {memo ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t('codebook.memo.saved', { when: format.dateTime(memo.updatedAt), coder: memo.coder ?? '' })}
        </Text>
      ) : null}
    </div>
  )
}
