import { Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

/** One task of the Team screen: a heading, what it does in a sentence, then its controls. */
export function SectionCard({ title, intro, children, testId }: { title: string; intro: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title} data-testid={testId}>
      <Stack gap="md">
        <div>
          <Title order={3} size="h4">
            {title}
          </Title>
          <Text size="sm" c="dimmed" mt={4} maw={760}>
            {intro}
          </Text>
        </div>
        {children}
      </Stack>
    </Paper>
  )
}
