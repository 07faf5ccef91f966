/** Keyword in context, one line per hit, with where it comes from; a click opens the document at the match. */
import { Badge, Button, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { passageDir } from '../../i18n/passageDir'
import type { SearchHit } from '../../../../shared/contract/search'
import classes from './Search.module.css'

interface Props {
  hits: SearchHit[]
  more: boolean
  onOpen(hit: SearchHit): void
  onMore(): void
}

export function ResultList({ hits, more, onOpen, onMore }: Props) {
  const { t } = useTranslation()
  return (
    <Stack gap={6} data-testid="search-results">
      {hits.map((h, i) => (
        <UnstyledButton key={`${h.document}:${h.start}:${i}`} onClick={() => onOpen(h)} className={classes.hit} data-testid="search-hit">
          <Paper withBorder p="sm" radius="md">
            <Text size="sm" dir={passageDir(h.before + h.match + h.after)} className={classes.kwic}>
              <span>{h.before}</span>
              <mark>{h.match}</mark>
              <span>{h.after}</span>
            </Text>
            <Group gap={6} mt={6}>
              <Badge size="xs" variant="light">
                {t(`search.kind.${h.sourceKind}`)}
              </Badge>
              <Text size="xs" c="dimmed" dir="auto" truncate maw={360}>
                {h.documentTitle}
              </Text>
              {h.speaker ? (
                <Text size="xs" dir="auto">
                  {t('search.speaker', { name: h.speaker })}
                </Text>
              ) : null}
              {h.participant && h.participant !== h.speaker ? (
                <Text size="xs" c="dimmed" dir="auto">
                  {t('search.participant', { name: h.participant })}
                </Text>
              ) : null}
            </Group>
          </Paper>
        </UnstyledButton>
      ))}
      {more ? (
        <Button variant="subtle" onClick={onMore}>
          {t('search.more')}
        </Button>
      ) : null}
    </Stack>
  )
}
