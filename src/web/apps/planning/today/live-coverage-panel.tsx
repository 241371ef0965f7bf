import '../planning.css';
import { useTranslation } from 'react-i18next';
import { FIELDS, type Field, LANGUAGES, type Language } from '../../../../common/domain.js';
import { formatClock } from '../../../../common/format.js';
import type { LiveCoverage } from '../../../../common/roster/plan-schemas.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { Icon } from '../../../ui/icons.js';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';
import { activityName } from '../labels.js';
import { useLiveCoverage } from '../planning-api.js';
import { useRosterStream } from '../use-roster-stream.js';
import { ruleName } from './rule-name.js';

type Props = { slug: string; timeZone: string; compact?: boolean; languages?: readonly Language[] };

/**
 * Which fields and languages are really covered now: counsellors checked in against those planned.
 * A field nobody present covers shows in red with an icon and the word; the compact form (desk,
 * reception) keeps the table and the rules not met.
 */
export function LiveCoveragePanel({ slug, timeZone, compact = false, languages = ['fr', 'nl'] }: Props) {
  const { t } = useTranslation('planning');
  const { current } = useLanguage();
  const live = useLiveCoverage(slug);
  useRosterStream(slug);
  return (
    <section
      className={compact ? 'panel panel-inline live-coverage' : 'panel live-coverage'}
      aria-labelledby="live-cov"
    >
      <h2 id="live-cov">{t('coverage.title')}</h2>
      {live.isError ? (
        <QueryFailed error={live.error} onRetry={() => void live.refetch()} />
      ) : !live.data ? (
        <Loading />
      ) : (
        <LiveBody live={live.data} compact={compact} languages={languages} timeZone={timeZone} locale={current} />
      )}
    </section>
  );
}

type BodyProps = {
  live: LiveCoverage;
  compact: boolean;
  languages: readonly Language[];
  timeZone: string;
  locale: string;
};

function LiveBody({ live, compact, languages, timeZone, locale }: BodyProps) {
  const { t } = useTranslation('planning');
  const cell = (field: Field, language: Language) =>
    live.cells.find((c) => c.field === field && c.language === language);
  const fields = FIELDS.filter((f) => live.cells.some((c) => c.field === f));
  const langs = LANGUAGES.filter((l) => languages.includes(l) && live.cells.some((c) => c.language === l));
  const unmet = live.lines.filter((l) => l.present < l.needed);
  const present = live.people.filter((p) => p.onSite);
  const missing = live.people.filter((p) => !p.onSite && p.plannedActivity);
  if (!live.part) return <p>{t('coverage.closed')}</p>;
  return (
    <>
      <p className="field-description" data-testid="live-summary">
        {t('coverage.lead', {
          part: t(`labels.part.${live.part}`),
          time: formatClock(new Date(live.at), locale, timeZone),
          present: present.length,
          planned: live.people.filter((p) => p.plannedActivity).length,
        })}
      </p>
      {/* No scrolling wrapper: three narrow columns whose texts wrap fit a phone. */}
      <div>
        <table className="data-table coverage-table live-table">
          <caption className="visually-hidden">{t('coverage.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coverage.field')}</th>
              {langs.map((l) => (
                <th key={l} scope="col" className="numeric">
                  {t(`common:language.name.${l}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f}>
                <th scope="row">{t(`common:field.${f}.label`)}</th>
                {langs.map((l) => {
                  const c = cell(f, l);
                  const here = c?.present ?? 0;
                  return (
                    <td key={l} className={here === 0 ? 'numeric cell-gap' : 'numeric'} data-testid={`live-${f}-${l}`}>
                      {here === 0 ? (
                        <span className="live-gap">
                          <Icon name="warning" size={16} /> {t('coverage.nobody')}
                        </span>
                      ) : (
                        t('coverage.cell', { present: here, planned: c?.planned ?? 0 })
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unmet.length > 0 && compact ? (
        <p className="live-unmet-count">
          <Icon name="warning" size={16} /> {t('coverage.unmetCount', { count: unmet.length })}
        </p>
      ) : unmet.length > 0 ? (
        <ul className="live-unmet">
          {unmet.map((l) => (
            <li key={l.rule}>
              <Icon name="warning" size={16} />{' '}
              {t('coverage.unmet', {
                rule: ruleName(t, l.rule),
                present: l.present,
                needed: l.needed,
                planned: l.planned,
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="notice notice-success">{t('coverage.allMet')}</p>
      )}
      {!compact && (
        <div className="two-columns">
          <div>
            <h3>{t('coverage.presentTitle', { count: present.length })}</h3>
            <ul className="live-people">
              {present.map((p) => (
                <li key={p.userId}>
                  {p.displayName}
                  {p.plannedActivity && ` · ${activityName(t, p.plannedActivity)}`}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>{t('coverage.expectedTitle', { count: missing.length })}</h3>
            <ul className="live-people">
              {missing.map((p) => (
                <li key={p.userId}>
                  {p.displayName}
                  {p.plannedActivity && ` · ${activityName(t, p.plannedActivity)}`}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </>
  );
}
