/**
 * "Add to persona" on a breadcrumb row: a menu of the project's personas (arrow keys and Enter, as
 * every Mantine menu), and the chosen card gets the breadcrumb as evidence in one step. Success is
 * said twice: a notification for the eye and the live region for a screen reader.
 */
import { Button, Menu } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconUserPlus } from '@tabler/icons-react'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Breadcrumb, BreadcrumbAnalysis } from '../../../../shared/contract/breadcrumbs'
import { breadcrumbFactSentence } from '../../../../shared/persona/breadcrumbFacts'
import type { PersonaSummary } from '../../../../shared/persona/content'
import { invoke } from '../../api/client'
import { announce } from '../../app/announce'
import { refreshUndo } from '../coding/undoState'
import { notifyError } from '../errors/notifyError'

/** The project's personas for the menus of every row: read with the table, and again whenever a menu opens. */
export function usePersonaChoices(): { personas: PersonaSummary[] | null; reload: () => void } {
  const { t } = useTranslation()
  const [personas, setPersonas] = useState<PersonaSummary[] | null>(null)
  const reload = useCallback(() => {
    invoke('personas.list', {}).then(setPersonas, (err: unknown) => notifyError(t, err))
  }, [t])
  useEffect(() => reload(), [reload])
  return { personas, reload }
}

interface Props {
  breadcrumb: Breadcrumb
  result: BreadcrumbAnalysis
  personas: PersonaSummary[] | null
  /** Called as the menu opens: cards drafted since the table was shown are listed too. */
  onOpen(): void
}

export function AddToPersona({ breadcrumb, result, personas, onOpen }: Props) {
  const { t } = useTranslation()

  const add = async (p: PersonaSummary) => {
    try {
      const card = await invoke('personas.addBreadcrumb', {
        personaId: p.id,
        outcome: result.outcomeValue,
        ...(result.outcomeAttribute ? { outcomeAttribute: result.outcomeAttribute } : {}),
        breadcrumb: breadcrumb.label,
        breadcrumbType: breadcrumb.type,
        windowDays: result.windowDays,
        reference: result.reference,
      })
      refreshUndo()
      const fact = card.content.breadcrumbs.find((f) => f.label === breadcrumb.label && f.type === breadcrumb.type)
      const message = t('crumbPersona.added', {
        name: card.name,
        sentence: fact ? breadcrumbFactSentence(fact, card.language) : breadcrumb.label,
      })
      notifications.show({ color: 'teal', message })
      announce(message)
    } catch (err) {
      notifyError(t, err)
    }
  }

  return (
    // No initial-focus placeholder (its role="presentation" child is not allowed in a menu, axe: aria-required-children):
    // the first persona is focused instead.
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false} onOpen={onOpen}>
      <Menu.Target>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconUserPlus size={14} />}
          aria-label={t('crumbPersona.addLabel', { label: breadcrumb.label })}
          data-testid="breadcrumb-add-to-persona"
        >
          {t('crumbPersona.add')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('crumbPersona.choose')}>
        {personas === null ? (
          <Menu.Item disabled>{t('crumbPersona.loading')}</Menu.Item>
        ) : personas.length === 0 ? (
          <Menu.Item disabled>{t('crumbPersona.none')}</Menu.Item>
        ) : (
          personas.map((p, i) => (
            // The first persona takes the focus as the menu opens (from the keyboard too); arrows move on.
            <Menu.Item key={p.id} onClick={() => void add(p)} data-autofocus={i === 0 ? true : undefined}>
              <bdi dir="auto">{p.name}</bdi>
              {p.segmentName ? (
                <>
                  {' · '}
                  <bdi dir="auto">{p.segmentName}</bdi>
                </>
              ) : null}
            </Menu.Item>
          ))
        )}
      </Menu.Dropdown>
    </Menu>
  )
}
