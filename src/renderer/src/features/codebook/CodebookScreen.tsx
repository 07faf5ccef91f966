/** The codebook: the tree with counts, one code's details, and memos. */
import { Container, Group, Paper, ScrollArea, Stack, Tabs, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { UndoControls } from '../coding/UndoControls'
import { CodeDetails } from './CodeDetails'
import { CodeTree } from './CodeTree'
import classes from './Codebook.module.css'
import { MemosPanel } from './MemosPanel'
import { NewCodeForm } from './NewCodeForm'
import { useCodebook } from './useCodebook'

export function CodebookScreen() {
  const { t } = useTranslation()
  const codebook = useCodebook()
  const [selected, setSelected] = useState<number | null>(null)
  const code = codebook.codes.find((c) => c.id === selected)
  return (
    <Container size="xl" py="md">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={1} size="h3" fw={650}>
            {t('codebook.title')}
          </Title>
          <UndoControls />
        </Group>
        <Tabs defaultValue="codes">
          <Tabs.List>
            <Tabs.Tab value="codes">{t('codebook.tabs.codes', { count: codebook.codes.length })}</Tabs.Tab>
            <Tabs.Tab value="memos">{t('codebook.tabs.memos')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="codes" pt="md">
            <div className={classes.layout}>
              <Stack gap="sm">
                <NewCodeForm codebook={codebook} onCreated={setSelected} />
                <Text size="xs" c="dimmed">
                  {t('codebook.dragHint')}
                </Text>
                <ScrollArea.Autosize mah="calc(100dvh - 300px)" type="auto">
                  <CodeTree
                    codes={codebook.codes}
                    selected={selected}
                    onSelect={setSelected}
                    onMove={(id, parentId) => void codebook.move(id, parentId)}
                  />
                </ScrollArea.Autosize>
              </Stack>
              <Paper withBorder p="md" radius="md">
                {code ? (
                  <CodeDetails key={code.id} code={code} codebook={codebook} onGone={() => setSelected(null)} />
                ) : (
                  <Text c="dimmed" size="sm">
                    {t('codebook.pick')}
                  </Text>
                )}
              </Paper>
            </div>
          </Tabs.Panel>
          <Tabs.Panel value="memos" pt="md">
            <MemosPanel />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Container>
  )
}
