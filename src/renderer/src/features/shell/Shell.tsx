import { AppShell } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useNavigation } from '../../app/navigation'
import { screens } from '../../app/screens'
import { Header } from './Header'
import { Navbar } from './Navbar'
import { ReadOnlyBanner } from './ReadOnlyBanner'
import { useCommandRouting } from './useCommandRouting'

export function Shell() {
  const [opened, { toggle, close }] = useDisclosure(false)
  const { screen } = useNavigation()
  useCommandRouting()
  const Screen = screens.find((s) => s.id === screen)?.component ?? screens[0].component
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="xl">
      <AppShell.Header>
        <Header navOpened={opened} toggleNav={toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="sm" data-testid="navbar">
        <Navbar onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <ReadOnlyBanner />
        <Screen />
      </AppShell.Main>
    </AppShell>
  )
}
