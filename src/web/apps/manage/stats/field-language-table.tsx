import { useTranslation } from 'react-i18next';
import type { PeriodReport } from '../../../../common/stats/schemas.js';
import { cellText } from './cell-text.js';
import { TableScroll } from '../../../ui/table-scroll.js';

/** Sessions by field (rows) and language (columns) with both margins, as published. */
export function FieldLanguageTable({ report, locale }: { report: PeriodReport; locale: string }) {
  const { t } = useTranslation('stats');
  const fl = report.fieldByLanguage;
  const c = (cell: Parameters<typeof cellText>[0]) => cellText(cell, report.threshold, locale);
  return (
    <TableScroll label={t('tables.field_language')}>
      <table className="data-table">
        <caption>{t('tables.field_language')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dimension.field')}</th>
            {fl.languages.map((l) => (
              <th key={l.key} scope="col" className="numeric">
                {l.label}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('measure.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {fl.fields.map((f, i) => (
            <tr key={f.key}>
              <th scope="row">{f.label}</th>
              {(fl.cells[i] ?? []).map((cell, j) => (
                <td key={fl.languages[j]?.key} className="numeric">
                  {c(cell)}
                </td>
              ))}
              <td className="numeric">{c(fl.fieldTotals[i] ?? { hidden: true })}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('measure.total')}</th>
            {fl.languageTotals.map((cell, j) => (
              <td key={fl.languages[j]?.key} className="numeric">
                {c(cell)}
              </td>
            ))}
            <td className="numeric">{c(fl.total)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
