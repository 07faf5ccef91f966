/**
 * The screens the navbar offers, in order. A later feature (Sources, Coding, Segments,
 * Personas) adds one entry here with its own folder under features/; the shell, the
 * navbar and the routing pick it up from this list.
 */
import type { Icon } from '@tabler/icons-react'
import {
  IconBook2,
  IconChartHistogram,
  IconFlame,
  IconTimeline,
  IconFiles,
  IconGauge,
  IconHighlight,
  IconHome,
  IconLayoutDashboard,
  IconSearch,
  IconSparkles,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react'
import type { ComponentType } from 'react'
import { ChartsScreen } from '../features/charts/ChartsScreen'
import { AutocodeScreen } from '../features/autocode/AutocodeScreen'
import { BreadcrumbsScreen } from '../features/breadcrumbs/BreadcrumbsScreen'
import { TimelineScreen } from '../features/breadcrumbs/TimelineScreen'
import { CodebookScreen } from '../features/codebook/CodebookScreen'
import { CodingScreen } from '../features/coding/CodingScreen'
import { OverviewScreen } from '../features/overview/OverviewScreen'
import { PersonasScreen } from '../features/personas/PersonasScreen'
import { ScoresScreen } from '../features/scores/ScoresScreen'
import { SegmentsScreen } from '../features/segments/SegmentsScreen'
import { SourcesScreen } from '../features/sources/SourcesScreen'
import { SearchScreen } from '../features/search/SearchScreen'
import { StartScreen } from '../features/start/StartScreen'
import { TeamScreen } from '../features/team/TeamScreen'

export interface ScreenDef {
  id: string
  /** i18n key of its navbar label. */
  label: string
  icon: Icon
  /** Screens about a project are listed only while one is open. */
  needsProject: boolean
  component: ComponentType
}

export const screens: ScreenDef[] = [
  { id: 'start', label: 'nav.start', icon: IconHome, needsProject: false, component: StartScreen },
  { id: 'overview', label: 'nav.overview', icon: IconLayoutDashboard, needsProject: true, component: OverviewScreen },
  { id: 'sources', label: 'sources.nav', icon: IconFiles, needsProject: true, component: SourcesScreen },
  { id: 'coding', label: 'coding.nav', icon: IconHighlight, needsProject: true, component: CodingScreen },
  { id: 'search', label: 'search.nav', icon: IconSearch, needsProject: true, component: SearchScreen },
  { id: 'codebook', label: 'codebook.nav', icon: IconBook2, needsProject: true, component: CodebookScreen },
  { id: 'autocode', label: 'autocode.nav', icon: IconSparkles, needsProject: true, component: AutocodeScreen },
  { id: 'segments', label: 'segments.nav', icon: IconUsersGroup, needsProject: true, component: SegmentsScreen },
  { id: 'scores', label: 'segments.scores.nav', icon: IconGauge, needsProject: true, component: ScoresScreen },
  { id: 'charts', label: 'segments.charts.nav', icon: IconChartHistogram, needsProject: true, component: ChartsScreen },
  { id: 'timeline', label: 'breadcrumbs.timeline.nav', icon: IconTimeline, needsProject: true, component: TimelineScreen },
  { id: 'breadcrumbs', label: 'breadcrumbs.nav', icon: IconFlame, needsProject: true, component: BreadcrumbsScreen },
  { id: 'personas', label: 'personas.nav', icon: IconUserCircle, needsProject: true, component: PersonasScreen },
  { id: 'team', label: 'team.nav', icon: IconUsers, needsProject: true, component: TeamScreen },
]
