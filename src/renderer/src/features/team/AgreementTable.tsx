import { Badge, ScrollArea, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AgreementReport } from '../../../../shared/contract/interop'
import { BAND_COLORS, kappaBand } from './kappaBand'

/** One row per code the two coders used in the compared documents. */
export function AgreementTable({ report }: { report: AgreementReport }) {
  const { t, i18n } = useTranslation()
  const number = new Intl.NumberFormat(i18n.language)
  const percent = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 })
  const kappa = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  return (
    // A project can have dozens of codes: the table scrolls under its own header instead of pushing the page.
    <ScrollArea.Autosize mah={460} type="auto" offsetScrollbars>
      <Table
        miw={760}
        withTableBorder
        striped
        highlightOnHover
        stickyHeader
        aria-label={t('team.agreement.tableLabel')}
        data-testid="agreement-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('team.agreement.code')}</Table.Th>
            <Table.Th ta="end">{t('team.agreement.charsOf', { name: report.coderA })}</Table.Th>
            <Table.Th ta="end">{t('team.agreement.charsOf', { name: report.coderB })}</Table.Th>
            <Table.Th ta="end">{t('team.agreement.both')}</Table.Th>
            <Table.Th ta="end">{t('team.agreement.percent')}</Table.Th>
            <Table.Th ta="end">{t('team.agreement.kappa')}</Table.Th>
            <Table.Th>{t('team.agreement.interpretation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.codes.map((c) => {
            // Rounded first, so a kappa of -0.001 reads 0.00 and falls in the band it shows.
            const shown = c.kappa === null ? null : Math.round(c.kappa * 100) / 100 || 0
            const band = kappaBand(shown)
            return (
              <Table.Tr key={c.codeId}>
                <Table.Td>
                  <Text size="sm" fw={500} span>
                    <bdi>{c.name}</bdi>
                  </Text>{' '}
                  <Text size="xs" c="dimmed" span>
                    {t(`coding.kinds.${c.kind}`, { defaultValue: c.kind })}
                  </Text>
                </Table.Td>
                <Table.Td ta="end">{number.format(c.charsA)}</Table.Td>
                <Table.Td ta="end">{number.format(c.charsB)}</Table.Td>
                <Table.Td ta="end">{number.format(c.charsBoth)}</Table.Td>
                <Table.Td ta="end">{t('team.agreement.percentValue', { value: percent.format(c.percentAgreement) })}</Table.Td>
                <Table.Td ta="end" data-testid="kappa">
                  {shown === null ? '—' : kappa.format(shown)}
                </Table.Td>
                <Table.Td>
                  <Badge color={BAND_COLORS[band]} variant="light" size="sm">
                    {t(`team.agreement.bands.${band}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  )
}
