import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickText } from '../../../common/agenda/rules.js';
import type { Field } from '../../../common/domain.js';
import { formatDateTime } from '../../../common/format.js';
import { usePublicSite } from '../../api/site-queries.js';
import { useLanguage } from '../../i18n/use-language.js';
import { useUpcomingEvents } from './portal-api.js';

const SHOWN = 3;

/**
 * Upcoming workshops and information sessions of the centre in the given fields of expertise. Events
 * carry fields, not occupations, so this is the link between the agenda and an occupation.
 */
export function OccupationEvents({ fields }: { fields: readonly Field[] }) {
  const { t } = useTranslation('catalogue');
  const { current } = useLanguage();
  const events = useUpcomingEvents(current);
  const site = usePublicSite();
  if (!events.data) return null;
  const shown = events.data.filter((e) => e.fields.some((f) => fields.includes(f))).slice(0, SHOWN);
  const timeZone = site.data?.timeZone ?? 'Europe/Brussels';
  return (
    <section className="portal-block" aria-labelledby="events-heading">
      <h2 id="events-heading">{t('occupation.events')}</h2>
      {shown.length === 0 ? (
        <p>{t('occupation.noEvents')}</p>
      ) : (
        <ul className="portal-offers">
          {shown.map((e) => (
            <li key={e.id}>
              <Link to={`/agenda/events/${e.id}`}>{pickText(e.title, current, e.language)}</Link>
              <span className="portal-meta">
                <time dateTime={e.startsAt}>{formatDateTime(e.startsAt, current, timeZone)}</time> · {e.roomName}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/agenda">{t('occupation.agenda')}</Link>
      </p>
    </section>
  );
}
