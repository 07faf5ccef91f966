import { Alert, List, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { QdpxImportReport } from '../../../../shared/contract/interop'

/**
 * How each source's positions were counted by the tool that wrote the file. An ambiguous source
 * is marked and its codings that may sit on shifted text are listed, so the researcher checks
 * them instead of trusting them blindly.
 */
export function PositionsReport({ positions }: { positions: QdpxImportReport['positions'] }) {
  const { t } = useTranslation()
  if (positions.length === 0) return null
  return (
    <Stack gap={6} data-testid="positions-report">
      <Title order={4} size="h5">
        {t('refiPositions.title')}
      </Title>
      {positions.map((p) =>
        p.basis === 'ambiguous' ? (
          <Alert key={p.source} color="orange" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="positions-ambiguous">
            <Text size="sm">
              {t('refiPositions.ambiguous', {
                source: p.source,
                convention: t(`refiPositions.conventions.${p.convention}`),
                count: p.doubtful.length,
              })}
            </Text>
            <List size="sm" mt={4}>
              {p.doubtful.slice(0, 50).map((d) => (
                <List.Item key={`${d.start}-${d.end}`}>
                  <bdi dir="auto">{d.text}</bdi>
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <Text key={p.source} size="sm">
            {t(p.basis === 'text' ? 'refiPositions.byText' : 'refiPositions.byApplication', {
              source: p.source,
              convention: t(`refiPositions.conventions.${p.convention}`),
            })}
          </Text>
        ),
      )}
    </Stack>
  )
}
