/** Search every document (English stemmed, Arabic folded, "phrases", prefix*), and the coded-segments view. */
import { Container, Group, Stack, Tabs, Text, TextInput, Title } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SearchFilters, SearchHit } from '../../../../shared/contract/search'
import { useNavigation } from '../../app/navigation'
import { useCodebook } from '../codebook/useCodebook'
import { setCodingTarget } from '../coding/openTarget'
import { UndoControls } from '../coding/UndoControls'
import { CodeAllButton } from './CodeAllButton'
import { ResultList } from './ResultList'
import { SearchFiltersBar } from './SearchFiltersBar'
import { SegmentsView } from './SegmentsView'
import { useSearch } from './useSearch'

export function SearchScreen() {
  const { t } = useTranslation()
  const { go } = useNavigation()
  const codebook = useCodebook()
  const [query, setQuery] = useState('')
  const [filters, setFilters] = useState<SearchFilters>({})
  const { hits, total, more, settled, loadMore } = useSearch(query, filters)
  const open = (h: { document?: number; documentId?: number; start: number; end: number }) => {
    setCodingTarget({ documentId: (h.document ?? h.documentId)!, start: h.start, end: h.end })
    go('coding')
  }
  return (
    <Container size="lg" py="md">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={1} size="h3" fw={650}>
            {t('search.title')}
          </Title>
          <UndoControls />
        </Group>
        <Tabs defaultValue="search" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="search">{t('search.tabs.search')}</Tabs.Tab>
            <Tabs.Tab value="segments">{t('search.tabs.segments')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="search" pt="md">
            <Stack gap="sm">
              <TextInput
                size="md"
                leftSection={<IconSearch size={18} />}
                placeholder={t('search.placeholder')}
                aria-label={t('search.placeholder')}
                value={query}
                onChange={(e) => setQuery(e.currentTarget.value)}
                autoFocus
                data-testid="search-input"
              />
              <Text size="xs" c="dimmed">
                {t('search.syntax')}
              </Text>
              <SearchFiltersBar codes={codebook.codes} value={filters} onChange={setFilters} />
              <Group justify="space-between">
                <Text size="sm" fw={500} data-testid="search-total">
                  {query.trim() && settled ? t('search.total', { count: total, hits: hits.length }) : ''}
                </Text>
                <CodeAllButton query={query} filters={filters} codes={codebook.codes} disabled={!hits.length} />
              </Group>
              <ResultList hits={hits} more={more} onOpen={(h: SearchHit) => open(h)} onMore={loadMore} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="segments" pt="md">
            <SegmentsView codes={codebook.codes} onOpen={(s) => open(s)} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Container>
  )
}
