import { Alert, List } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'

/** Warnings from the importer, in its own words (they name the file and the column or line). */
export function NoticeList({
  title,
  items,
  color = 'yellow',
  testId,
}: {
  title: string
  items: string[]
  color?: string
  testId?: string
}) {
  if (items.length === 0) return null
  return (
    <Alert color={color} variant="light" icon={<IconAlertTriangle size={18} />} title={title} data-testid={testId}>
      <List size="sm" spacing={2}>
        {items.map((w, i) => (
          <List.Item key={i}>
            <span dir="auto">{w}</span>
          </List.Item>
        ))}
      </List>
    </Alert>
  )
}
