import { AppShell } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useNavigation } from '../../app/navigation'
import { screens } from '../../app/screens'
import { Header } from './Header'
import { Navbar } from './Navbar'
import { LeaveConfirm } from './LeaveConfirm'
import { LiveRegion } from './LiveRegion'
import { ReadOnlyBanner } from './ReadOnlyBanner'
import { ShortcutsSheet } from './ShortcutsSheet'
import { useScreenKeys } from './useScreenKeys'
import { useCommandRouting } from './useCommandRouting'

export function Shell() {
  const [opened, { toggle, close }] = useDisclosure(false)
  const [sheet, { open: openSheet, close: closeSheet }] = useDisclosure(false)
  useScreenKeys(openSheet)
  const { screen } = useNavigation()
  useCommandRouting()
  const Screen = screens.find((s) => s.id === screen)?.component ?? screens[0].component
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="xl">
      <AppShell.Header>
        <Header navOpened={opened} toggleNav={toggle} onShortcuts={openSheet} />
      </AppShell.Header>
      <AppShell.Navbar p="sm" data-testid="navbar">
        <Navbar onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <ReadOnlyBanner />
        <Screen />
      </AppShell.Main>
      <ShortcutsSheet opened={sheet} onClose={closeSheet} />
      <LeaveConfirm />
      <LiveRegion />
    </AppShell>
  )
}
