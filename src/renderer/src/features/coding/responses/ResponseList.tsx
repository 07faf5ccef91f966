/** All answers to one question in one scrolling list, coded with the same popover and keys as a transcript. */
import { Center, Loader, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Codebook } from '../../codebook/useCodebook'
import { CodingSurface } from '../CodingSurface'
import { useResponses } from './useResponses'

interface Props {
  sourceId: number
  question: string
  codebook: Codebook
  coder: string | null
  onCoders(coders: string[]): void
}

export function ResponseList({ sourceId, question, codebook, coder, onCoders }: Props) {
  const { t } = useTranslation()
  const { loaded, spans, documentIds } = useResponses(sourceId, question)
  if (!loaded)
    return (
      <Center h="100%">
        <Loader size="sm" />
      </Center>
    )
  if (spans.length === 0)
    return (
      <Text c="dimmed" p="md">
        {t('coding.responses.empty')}
      </Text>
    )
  return (
    <CodingSurface
      key={`${sourceId}:${question}`}
      spans={spans}
      documentIds={documentIds}
      codebook={codebook}
      coder={coder}
      label={t('coding.responses.label', { question, count: spans.length })}
      onCoders={onCoders}
    />
  )
}
