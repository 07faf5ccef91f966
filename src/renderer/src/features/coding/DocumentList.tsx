/** The left column: transcripts to read, and each survey question or notes column as a response list. */
import { NavLink, ScrollArea, Text } from '@mantine/core'
import { IconFileText, IconListDetails, IconMessages } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { SourceEntry } from './useDocumentList'

export type Opened = { kind: 'document'; id: number } | { kind: 'responses'; sourceId: number; question: string }

interface Props {
  entries: SourceEntry[]
  opened: Opened | null
  onOpen(o: Opened): void
}

export function DocumentList({ entries, opened, onOpen }: Props) {
  const { t } = useTranslation()
  return (
    <ScrollArea h="100%" type="auto">
      <nav aria-label={t('coding.list.label')}>
        {entries.map(({ source, documents, questions }, i) => (
          <div key={source.id}>
            {/* One heading per kind: six interview files are one group, not six. */}
            {i === 0 || entries[i - 1].source.kind !== source.kind ? (
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" mt="sm" mb={2} truncate>
                {t(`coding.list.kind.${source.kind}`)}
              </Text>
            ) : null}
            {documents.map((d) => (
              <NavLink
                key={d.id}
                label={<span dir="auto">{d.title}</span>}
                description={d.participant ?? undefined}
                leftSection={<IconFileText size={16} />}
                active={opened?.kind === 'document' && opened.id === d.id}
                onClick={() => onOpen({ kind: 'document', id: d.id })}
                data-testid={`doc-${d.id}`}
              />
            ))}
            {questions.map((q) => (
              <NavLink
                key={q}
                label={<span dir="auto">{q}</span>}
                description={source.name}
                leftSection={source.kind === 'survey' ? <IconListDetails size={16} /> : <IconMessages size={16} />}
                active={opened?.kind === 'responses' && opened.sourceId === source.id && opened.question === q}
                onClick={() => onOpen({ kind: 'responses', sourceId: source.id, question: q })}
              />
            ))}
          </div>
        ))}
      </nav>
    </ScrollArea>
  )
}
