import { useColorScheme } from '@mantine/hooks'
import type { ThemeName } from '../../../shared/domain'

/** The theme setting resolved to what Mantine paints; 'auto' follows the operating system live. */
export function useResolvedColorScheme(theme: ThemeName): 'light' | 'dark' {
  const system = useColorScheme('light', { getInitialValueInEffect: false })
  return theme === 'auto' ? system : theme
}
