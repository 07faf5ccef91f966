/** The popover that opens on a selection: choose one or more codes, and the span is tagged. */
import { Portal, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { passageDir } from '../../../i18n/passageDir'
import type { CodeRow } from '../../../../../shared/contract/codes'
import type { CodeKind } from '../../../../../shared/domain'
import { CodePicker } from './CodePicker'
import classes from './Tagging.module.css'

interface Props {
  rect: DOMRect
  text: string
  codes: CodeRow[]
  onTag(codeIds: number[]): void
  onCreate(name: string, kind: CodeKind): Promise<CodeRow | undefined>
  onClose(): void
}

const WIDTH = 320
const HEIGHT = 360

export function TagPopover({ rect, text, codes, onTag, onCreate, onClose }: Props) {
  const { t } = useTranslation()
  const [chosen, setChosen] = useState<number[]>([])
  // Below the selection when there is room, above it otherwise; always inside the window.
  const below = rect.bottom + 8 + HEIGHT < window.innerHeight
  const top = below ? rect.bottom + 8 : Math.max(8, rect.top - 8 - HEIGHT)
  const left = Math.min(Math.max(8, rect.left), window.innerWidth - WIDTH - 8)
  return (
    <Portal>
      <div className={classes.popover} style={{ top, left }} role="dialog" aria-label={t('coding.tag.title')} data-testid="tag-popover">
        <Text size="xs" c="dimmed" lineClamp={2} mb={6} dir={passageDir(text)}>
          “{text}”
        </Text>
        <CodePicker
          codes={codes}
          chosen={chosen}
          onToggle={(c) => setChosen((ids) => (ids.includes(c.id) ? ids.filter((x) => x !== c.id) : [...ids, c.id]))}
          onApply={(c) => onTag(c ? [...new Set([...chosen, c.id])] : chosen)}
          onCreate={onCreate}
          onClose={onClose}
        />
      </div>
    </Portal>
  )
}
