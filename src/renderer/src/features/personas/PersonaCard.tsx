/**
 * A persona in the gallery: avatar, name, role and tagline, one-line context, segment share and n, top needs. Laid
 * out in the persona's own direction (an Arabic card is right-to-left whatever the app language).
 */
import { ActionIcon, Badge, Checkbox, Group, Menu, Paper, Stack, Text, Title, Tooltip, useDirection } from '@mantine/core'
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Persona } from '../../../../shared/persona/content'
import { cardLabels, percent } from '../../../../shared/persona/labels'
import { PersonaAvatar } from './PersonaAvatar'
import { rankedNeeds, score } from './rankedNeeds'
import classes from './Personas.module.css'

interface Props {
  persona: Persona
  selected: boolean
  onSelect(selected: boolean): void
  onOpen(): void
  onDelete(): void
}

export function PersonaCard({ persona, selected, onSelect, onOpen, onDelete }: Props) {
  const { t } = useTranslation()
  // The card's own words follow the persona's direction; the app's controls on it follow the app's.
  const { dir } = useDirection()
  const c = persona.content
  const needs = rankedNeeds(c.facts.needs).slice(0, 3)
  return (
    <Paper
      component="article"
      withBorder
      radius="md"
      p="md"
      className={classes.card}
      data-testid="persona-card"
      aria-label={persona.name}
      dir={persona.direction}
      lang={persona.language}
      style={{ '--persona': c.avatar.colour } as React.CSSProperties}
    >
      <Stack gap="sm" h="100%">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <PersonaAvatar persona={persona} size={56} />
          <Stack gap={2} className={classes.grow}>
            {/* Over the name unless the tagline already says it (a segment named after its traits gives its name as the tagline). */}
            {c.facts.segmentName && c.facts.segmentName !== c.tagline ? (
              <Text size="xs" c="dimmed" className={classes.eyebrow} lineClamp={1} dir="auto">
                {c.facts.segmentName}
              </Text>
            ) : null}
            <Title order={3} size="h4" className={classes.cardName}>
              <button type="button" className={classes.linkButton} onClick={onOpen}>
                {persona.name}
              </button>
            </Title>
            {c.role || c.tagline ? (
              <Text size="sm" lineClamp={2} dir="auto">
                {c.role ? <bdi>{c.role}</bdi> : null}
                {c.role && c.tagline ? ' · ' : null}
                {c.tagline ? <bdi>{c.tagline}</bdi> : null}
              </Text>
            ) : null}
          </Stack>
          <Stack gap={0} align="center" className={classes.share}>
            <Text fw={700} size="lg" className={classes.accent}>
              {percent(c.facts.share, persona.language)}
            </Text>
            <Text size="xs" c="dimmed">
              {cardLabels(persona.language).sampleSize(c.facts.n)}
            </Text>
          </Stack>
        </Group>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {c.context}
        </Text>
        {needs.length ? (
          <Stack gap={4} component="ol" className={classes.needList} aria-label={t('personas.card.topNeeds')}>
            {needs.map((n) => (
              <Group key={n.codeId} component="li" gap="xs" wrap="nowrap" justify="space-between">
                <Text size="sm" lineClamp={1}>
                  {n.name}
                </Text>
                {n.opportunity != null ? (
                  <Tooltip label={t('personas.needs.opportunityHint')}>
                    <Badge variant="light" size="sm" className={classes.score}>
                      {score(n.opportunity)}
                    </Badge>
                  </Tooltip>
                ) : null}
              </Group>
            ))}
          </Stack>
        ) : null}
        <Group justify="space-between" mt="auto" dir={dir}>
          <Checkbox
            size="xs"
            label={t('personas.gallery.compareThis')}
            checked={selected}
            onChange={(e) => onSelect(e.currentTarget.checked)}
          />
          <Group gap={4}>
            <Tooltip label={t('personas.gallery.edit')}>
              <ActionIcon variant="subtle" aria-label={t('personas.gallery.editNamed', { name: persona.name })} onClick={onOpen}>
                <IconPencil size={16} />
              </ActionIcon>
            </Tooltip>
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon variant="subtle" aria-label={t('personas.gallery.more', { name: persona.name })}>
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={onDelete}>
                  {t('personas.gallery.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </Stack>
    </Paper>
  )
}
