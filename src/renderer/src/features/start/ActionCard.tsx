import { Group, Paper, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core'
import type { Icon } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import classes from './Start.module.css'

interface Props {
  icon: Icon
  title: string
  description: string
  hint?: ReactNode
  disabled?: boolean
  testId?: string
  onClick(): void
}

export function ActionCard({ icon: IconC, title, description, hint, disabled, testId, onClick }: Props) {
  return (
    <UnstyledButton onClick={onClick} disabled={disabled} className={classes.card} aria-label={title} data-testid={testId}>
      <Paper withBorder p="lg" radius="lg" h="100%" className={classes.cardInner}>
        <Stack gap="sm" h="100%">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <ThemeIcon variant="light" size={40} radius="md">
              <IconC size={22} stroke={1.6} />
            </ThemeIcon>
            {hint}
          </Group>
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed" lh={1.55}>
            {description}
          </Text>
        </Stack>
      </Paper>
    </UnstyledButton>
  )
}
