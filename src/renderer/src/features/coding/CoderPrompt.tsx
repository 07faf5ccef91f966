/**
 * Who is coding: every highlight records it. Asked once (the OS user name is only a
 * default), remembered on this machine, changeable from the badge.
 */
import { Badge, Button, Group, Modal, Stack, Text, TextInput, Tooltip } from '@mantine/core'
import { IconUser } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppState, useLoadedState } from '../../app/appState'

const CONFIRMED = 'needle.coderConfirmed'

export function CoderBadge() {
  const { t } = useTranslation()
  const { settings } = useLoadedState()
  const { updateSettings } = useAppState()
  const [open, setOpen] = useState(() => localStorage.getItem(CONFIRMED) !== '1')
  const [name, setName] = useState(settings.coderName)
  const save = () => {
    const value = name.trim()
    if (!value) return
    localStorage.setItem(CONFIRMED, '1')
    setOpen(false)
    if (value !== settings.coderName) void updateSettings({ coderName: value })
  }
  return (
    <>
      <Tooltip label={t('coding.coder.change')}>
        <Badge
          variant="light"
          leftSection={<IconUser size={12} />}
          style={{ cursor: 'pointer' }}
          onClick={() => setOpen(true)}
          data-testid="coder-badge"
        >
          {t('coding.coder.as', { name: settings.coderName })}
        </Badge>
      </Tooltip>
      <Modal opened={open} onClose={save} title={t('coding.coder.title')} centered>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            save()
          }}
        >
          <Stack>
            <Text size="sm">{t('coding.coder.body')}</Text>
            <TextInput
              label={t('coding.coder.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              data-autofocus
              data-testid="coder-name"
            />
            <Group justify="flex-end">
              <Button type="submit" disabled={!name.trim()}>
                {t('coding.coder.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  )
}
