import { Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ExchangeSection } from '../exchange/ExchangeSection'
import { AgreementSection } from './AgreementSection'
import { MergeSection } from './MergeSection'

/** Working with teammates and other tools: merge a copy, check agreement, exchange REFI-QDA and CSV. */
export function TeamScreen() {
  const { t } = useTranslation()
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={2}>{t('team.title')}</Title>
        <Text c="dimmed" size="sm" mt={4}>
          {t('team.intro')}
        </Text>
      </div>
      <MergeSection />
      <AgreementSection />
      <ExchangeSection />
    </Stack>
  )
}
