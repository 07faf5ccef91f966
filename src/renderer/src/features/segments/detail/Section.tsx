import { Group, Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

/** One block of a segment's explanation: a title, the one-line reading of it, its rows. */
export function Section({ title, hint, legend, children }: { title: string; hint?: string; legend?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Group justify="space-between" align="baseline" gap="xs">
            <Title order={3} size="h5">
              {title}
            </Title>
            {legend}
          </Group>
          {hint ? (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </Paper>
  )
}
