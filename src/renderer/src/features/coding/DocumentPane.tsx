/** One document open for coding. */
import { Center, Loader } from '@mantine/core'
import { useMemo } from 'react'
import type { Codebook } from '../codebook/useCodebook'
import { CodingSurface } from './CodingSurface'
import type { CodingTarget } from './openTarget'
import { useDocument } from './useDocument'

interface Props {
  documentId: number
  codebook: Codebook
  coder: string | null
  target: CodingTarget | null
  onCoders(coders: string[]): void
}

export function DocumentPane({ documentId, codebook, coder, target, onCoders }: Props) {
  const { doc, spans } = useDocument(documentId)
  const ids = useMemo(() => [documentId], [documentId])
  if (!doc)
    return (
      <Center h="100%">
        <Loader size="sm" />
      </Center>
    )
  return (
    <div style={{ blockSize: '100%' }} data-testid="document-pane">
      <CodingSurface
        key={doc.id}
        spans={spans}
        documentIds={ids}
        codebook={codebook}
        coder={coder}
        label={doc.title}
        reveal={target && target.documentId === doc.id ? target : null}
        onCoders={onCoders}
      />
    </div>
  )
}
