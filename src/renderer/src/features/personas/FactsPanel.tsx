/**
 * What drafting measured, beside the words the researcher may reword: needs ranked by opportunity
 * with their scores, deadlines and emergencies, and the evidence footer.
 */
import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Persona } from '../../../../shared/persona/content'
import { dayMonthYear } from '../../../../shared/persona/labels'
import { rankedNeeds, score } from './rankedNeeds'

export function FactsPanel({ persona }: { persona: Persona }) {
  const { t } = useTranslation()
  const f = persona.content.facts
  const foot = persona.content.footer
  const needs = rankedNeeds(f.needs)
  return (
    <Stack gap="sm">
      <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="needs-facts">
        <Title order={2} size="h5" id="needs-facts" mb={6}>
          {t('personas.needs.title')}
        </Title>
        {needs.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('personas.needs.none')}
          </Text>
        ) : (
          <Table striped={false} withRowBorders={false} verticalSpacing={2} fz="sm" data-testid="needs-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('personas.needs.need')}</Table.Th>
                <Table.Th ta="end">{t('personas.needs.opportunity')}</Table.Th>
                <Table.Th ta="end">{t('personas.needs.importance')}</Table.Th>
                <Table.Th ta="end">{t('personas.needs.satisfaction')}</Table.Th>
                <Table.Th ta="end">{t('personas.needs.mentions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {needs.slice(0, 8).map((n) => (
                <Table.Tr key={n.codeId}>
                  <Table.Td>
                    <bdi>{n.name}</bdi>
                  </Table.Td>
                  <Table.Td ta="end">
                    {n.opportunity != null ? (
                      <Badge size="sm" variant={n.opportunity >= 10 ? 'filled' : 'light'}>
                        {score(n.opportunity)}
                      </Badge>
                    ) : (
                      '–'
                    )}
                  </Table.Td>
                  <Table.Td ta="end">{score(n.importance)}</Table.Td>
                  <Table.Td ta="end">{score(n.satisfaction)}</Table.Td>
                  <Table.Td ta="end">{n.mentions}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text size="xs" c="dimmed" mt={4}>
          {t('personas.needs.opportunityHint')}
        </Text>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="urgency-facts">
          <Title order={2} size="h5" id="urgency-facts" mb={6}>
            {t('personas.urgency.title')}
          </Title>
          <Stack gap={4}>
            <Text size="sm">
              {t('personas.urgency.deadlines', { count: f.deadlines.count, people: f.deadlines.participants })}
              {f.deadlines.nearest.length
                ? ` · ${t('personas.urgency.nearest')}: ${f.deadlines.nearest
                    .slice(0, 3)
                    .map((d) => dayMonthYear(d, persona.language))
                    .join(', ')}`
                : ''}
            </Text>
            <Text size="sm">
              {t('personas.urgency.emergencies', { count: f.emergencies.count, people: f.emergencies.participants })}
              {f.emergencies.maxSeverity != null ? ` · ${t('personas.urgency.severity', { level: f.emergencies.maxSeverity })}` : ''}
            </Text>
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="footer-facts">
          <Title order={2} size="h5" id="footer-facts" mb={6}>
            {t('personas.footer.title')}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color="gray">
              {t('personas.footer.participants', { count: foot.participants })}
            </Badge>
            <Badge variant="light" color="gray">
              {t('personas.footer.sources', { count: foot.sources })}
            </Badge>
            {foot.from && foot.to ? (
              <Badge variant="light" color="gray">
                {dayMonthYear(foot.from, persona.language)} – {dayMonthYear(foot.to, persona.language)}
              </Badge>
            ) : null}
            <Badge variant="light" color={foot.confidence === 'stable' ? 'teal' : foot.confidence === 'unreliable' ? 'red' : 'yellow'}>
              {t(`personas.footer.confidence.${foot.confidence}`)}
              {foot.stability != null ? ` (${foot.stability.toFixed(2)})` : ''}
            </Badge>
          </Group>
        </Paper>
      </SimpleGrid>
    </Stack>
  )
}
