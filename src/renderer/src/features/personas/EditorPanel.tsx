import { Paper, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

interface Props {
  title: string
  hint: string
  testId: string
  children: ReactNode
}

/** A titled panel of the persona editor (uncoded quotes, breadcrumbs): a named section with a one-line hint. */
export function EditorPanel({ title, hint, testId, children }: Props) {
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={title} data-testid={testId}>
      <Stack gap="xs">
        <div>
          <Text fw={600} size="sm">
            {title}
          </Text>
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  )
}
