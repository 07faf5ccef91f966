/**
 * A persona's avatar: the researcher's picture, else the pattern or initials drawn from its seed
 * (the same SVG the PDF prints, from shared/persona/avatar.ts; it is built from escaped text only).
 */
import type { Persona } from '../../../../shared/persona/content'
import { avatarSvg } from '../../../../shared/persona/avatar'
import { useAvatarImage } from './useAvatarImage'
import classes from './PersonaAvatar.module.css'

export function PersonaAvatar({ persona, size, imageUrl }: { persona: Persona; size: number; imageUrl?: string | null }) {
  const a = persona.content.avatar
  const fetched = useAvatarImage(persona.id, a.kind === 'image' && persona.hasImage && imageUrl === undefined, persona.updatedAt)
  const picture = imageUrl ?? fetched
  if (a.kind === 'image' && picture) {
    return <img className={classes.avatar} src={picture} alt="" width={size} height={size} style={{ width: size, height: size }} />
  }
  const generated = a.kind === 'image' ? { ...a, kind: 'initials' as const } : a
  return (
    <span
      className={classes.avatar}
      style={{ width: size, height: size }}
      aria-hidden
      dangerouslySetInnerHTML={{ __html: avatarSvg(generated, persona.name, size) }}
    />
  )
}
