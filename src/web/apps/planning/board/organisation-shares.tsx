import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../../common/format.js';
import type { OrganisationShare } from '../../../../common/roster/plan-schemas.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { TableScroll } from '../../../ui/table-scroll.js';

type Props = { shares: OrganisationShare[]; organisations: { id: string; name: string }[] };

/** Each organisation's planned hours against its agreed share (the optimiser keeps them close). */
export function OrganisationShares({ shares, organisations }: Props) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const nameOf = new Map(organisations.map((o) => [o.id, o.name]));
  const rows = [...shares].sort(
    (a, b) => (b.targetPercent ?? -1) - (a.targetPercent ?? -1) || b.plannedHours - a.plannedHours,
  );
  const none = t('board.shares.none');
  const hours = (n: number | null) =>
    n === null ? none : t('board.shares.hours', { hours: formatNumber(n, current) });
  const percent = (n: number | null) => (n === null ? none : formatPercent(n, current));
  return (
    <section className="panel" aria-labelledby="p-shares">
      <h2 id="p-shares">{t('board.shares.title')}</h2>
      <p className="field-description">{t('board.shares.lead')}</p>
      <TableScroll label={t('board.shares.title')}>
        <table className="data-table" data-testid="organisation-shares">
          <caption className="visually-hidden">{t('board.shares.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('board.shares.organisation')}</th>
              <th scope="col" className="numeric">
                {t('board.shares.agreed')}
              </th>
              <th scope="col" className="numeric">
                {t('board.shares.targetHours')}
              </th>
              <th scope="col" className="numeric">
                {t('board.shares.plannedHours')}
              </th>
              <th scope="col" className="numeric">
                {t('board.shares.planned')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.organisationId}>
                <th scope="row">{nameOf.get(s.organisationId) ?? s.organisationId}</th>
                <td className="numeric">{percent(s.targetPercent)}</td>
                <td className="numeric">{hours(s.targetHours)}</td>
                <td className="numeric">{hours(s.plannedHours)}</td>
                <td className="numeric">{percent(s.plannedPercent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
