/**
 * The avatar: initials or a pattern drawn from a seed in one of the card colours (never a face,
 * which would give the persona a gender or age the evidence did not), or the researcher's picture.
 */
import { Button, ColorSwatch, Group, SegmentedControl, Stack, TextInput } from '@mantine/core'
import { IconDice5, IconPhoto } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { AVATAR_COLOURS } from '../../../../shared/persona/avatar'
import type { Persona } from '../../../../shared/persona/content'
import { usePickFile } from '../files/FilePickerProvider'
import { PersonaAvatar } from './PersonaAvatar'
import type { PersonaPatch } from './usePersona'
import classes from './Editor.module.css'

interface Props {
  persona: Persona
  imageUrl: string | null
  onUpdate(patch: PersonaPatch): void
  onImage(path: string): void
}

export function AvatarEditor({ persona, imageUrl, onUpdate, onImage }: Props) {
  const { t } = useTranslation()
  const pick = usePickFile()
  const a = persona.content.avatar
  const avatar = (patch: NonNullable<PersonaPatch['avatar']>) => onUpdate({ avatar: patch })

  async function chooseImage() {
    const path = await pick({
      mode: 'files',
      extensions: ['png', 'jpg', 'jpeg', 'webp'],
      title: t('personas.avatar.pickTitle'),
      confirmLabel: t('personas.avatar.pickConfirm'),
    })
    if (path) onImage(path)
  }

  return (
    <Group gap="md" align="flex-start" wrap="nowrap">
      <PersonaAvatar persona={persona} size={88} imageUrl={imageUrl} />
      <Stack gap={6}>
        <SegmentedControl
          size="xs"
          value={a.kind}
          aria-label={t('personas.avatar.kind')}
          onChange={(kind) =>
            kind === 'image' && !persona.hasImage ? void chooseImage() : avatar({ kind: kind as 'initials' | 'pattern' | 'image' })
          }
          data={[
            { value: 'pattern', label: t('personas.avatar.pattern') },
            { value: 'initials', label: t('personas.avatar.initials') },
            { value: 'image', label: t('personas.avatar.image') },
          ]}
        />
        {a.kind === 'image' ? (
          <Group gap="xs">
            <Button size="compact-xs" variant="default" leftSection={<IconPhoto size={12} />} onClick={chooseImage}>
              {t('personas.avatar.chooseImage')}
            </Button>
          </Group>
        ) : (
          <>
            <Group gap={6} role="radiogroup" aria-label={t('personas.avatar.colour')}>
              {AVATAR_COLOURS.map((c) => (
                <ColorSwatch
                  key={c}
                  component="button"
                  type="button"
                  color={c}
                  size={20}
                  role="radio"
                  aria-checked={a.colour.toLowerCase() === c}
                  aria-label={t('personas.avatar.colourNamed', { colour: c })}
                  className={classes.swatch}
                  data-chosen={a.colour.toLowerCase() === c || undefined}
                  onClick={() => avatar({ colour: c })}
                />
              ))}
            </Group>
            {a.kind === 'pattern' ? (
              <Button
                size="compact-xs"
                variant="default"
                leftSection={<IconDice5 size={12} />}
                onClick={() => avatar({ seed: Math.floor(Math.random() * 2 ** 32) })}
              >
                {t('personas.avatar.reshuffle')}
              </Button>
            ) : (
              <TextInput
                size="xs"
                w={120}
                maxLength={3}
                label={t('personas.avatar.letters')}
                defaultValue={a.initials ?? ''}
                placeholder={t('personas.avatar.lettersAuto')}
                onBlur={(e) => e.currentTarget.value !== (a.initials ?? '') && avatar({ initials: e.currentTarget.value.trim() })}
              />
            )}
          </>
        )}
      </Stack>
    </Group>
  )
}
