import { Group, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

interface Props {
  title: ReactNode
  subtitle?: ReactNode
  /** Buttons on the far side of the title (undo, export…). */
  actions?: ReactNode
}

/**
 * A screen's heading: its one h1, what the screen is for in a line, and its actions. Every screen
 * opens the same way, so a screen reader's "next heading" and the eye land on the same place.
 */
export function ScreenHeader({ title, subtitle, actions }: Props) {
  const heading = (
    <Stack gap={2}>
      <Title order={1} size="h2" fw={650}>
        {title}
      </Title>
      {subtitle ? (
        <Text size="sm" c="dimmed">
          {subtitle}
        </Text>
      ) : null}
    </Stack>
  )
  if (!actions) return heading
  return (
    <Group justify="space-between" align="flex-end">
      {heading}
      {actions}
    </Group>
  )
}
