import { Group, Kbd } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useKeyCaps } from '../../app/shortcuts'

/** Key caps for a hotkey; always left-to-right, as printed on the keyboard. */
export function ShortcutHint({ hotkey, size = 'xs' }: { hotkey: string; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation()
  const caps = useKeyCaps()(hotkey)
  return (
    <Group gap={4} wrap="nowrap" dir="ltr" aria-label={`${t('keys.shortcut')}: ${caps.join('+')}`}>
      {caps.map((cap) => (
        <Kbd key={cap} size={size}>
          {cap}
        </Kbd>
      ))}
    </Group>
  )
}
