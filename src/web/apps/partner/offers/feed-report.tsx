import { useTranslation } from 'react-i18next';
import type { FeedReport } from '../../../../common/catalogue/feed-schemas.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { TableScroll } from '../../../ui/table-scroll.js';
import { feedReasonText } from './feed-reason-text.js';

/** What an import did: counts in a sentence, then every rejected row with its reason in a table. */
export function FeedReportView({ report, headingId }: { report: FeedReport; headingId: string }) {
  const { t } = useTranslation('offers');
  const { current } = useLanguage();
  const caption = t('report.rejectedCaption', { n: report.rejected.length });
  return (
    <div className="feed-report">
      <p role="status" className={report.rejected.length > 0 ? 'notice notice-info' : 'notice notice-success'}>
        {t('report.summary', { created: report.created, updated: report.updated, rejected: report.rejected.length })}
      </p>
      {report.rejected.length > 0 && (
        <TableScroll label={caption}>
          <table className="data-table">
            <caption id={headingId} className="feed-report-caption">
              {caption}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t('report.row')}
                </th>
                <th scope="col">{t('report.sourceId')}</th>
                <th scope="col">{t('report.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((r) => (
                <tr key={`${r.row}-${r.sourceId ?? ''}`}>
                  <th scope="row" className="numeric">
                    {r.row}
                  </th>
                  <td>{r.sourceId ?? '—'}</td>
                  <td lang={r.reason.code === 'untranslated' ? 'en' : undefined}>
                    {feedReasonText(t, r.reason, current)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
