import { ActionIcon, Badge, Group, Paper, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core'
import { IconUserMinus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ParticipantRow } from '../../../../../shared/contract/participants'
import { useNumbers } from '../useNumbers'
import type { Member } from './useRuleMembers'

interface Props {
  members: Member[]
  participants: ParticipantRow[]
  onAdd(id: number): void
  onRemove(id: number): void
}

/** Who the rule caught, with hand edits: added people are marked, removed ones stay out when the rule is recomputed. */
export function MemberList({ members, participants, onAdd, onRemove }: Props) {
  const { t } = useTranslation()
  const num = useNumbers()
  const inside = new Set(members.map((m) => m.participantId))
  const addable = participants
    .filter((p) => !inside.has(p.id))
    .map((p) => ({ value: String(p.id), label: p.displayName ? `${p.displayName} (${p.label})` : p.label }))
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('segments.rules.membersTitle')}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Stack gap={0}>
            <Title order={3} size="h5">
              {t('segments.rules.membersTitle')}
            </Title>
            <Text size="sm" c="dimmed" data-testid="member-count">
              {t('segments.rules.memberCount', { count: members.length, n: num.whole(members.length) })}
            </Text>
          </Stack>
          <Select
            aria-label={t('segments.rules.addMember')}
            placeholder={t('segments.rules.addMember')}
            data={addable}
            value={null}
            onChange={(v) => v && onAdd(Number(v))}
            searchable
            w={260}
          />
        </Group>
        <ScrollArea.Autosize mah={360}>
          <Table verticalSpacing={6} aria-label={t('segments.rules.membersTitle')}>
            <Table.Tbody>
              {members.map((m) => (
                <Table.Tr key={m.participantId}>
                  <Table.Td>
                    <Text size="sm" dir="auto">
                      {m.name || m.label}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {m.name && m.name !== m.label ? (
                      <Text size="xs" c="dimmed">
                        <bdi>{m.label}</bdi>
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {m.manual ? (
                      <Badge size="xs" variant="light" color="grape">
                        {t('segments.rules.manual')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td w={40}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('segments.rules.removeMember', { name: m.name || m.label })}
                      onClick={() => onRemove(m.participantId)}
                    >
                      <IconUserMinus size={15} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      </Stack>
    </Paper>
  )
}
