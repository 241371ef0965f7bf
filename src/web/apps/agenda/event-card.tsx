import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickText } from '../../../common/agenda/rules.js';
import type { PublicEvent } from '../../../common/agenda/schemas.js';
import { formatDateTime } from '../../../common/format.js';
import { useLanguage } from '../../i18n/use-language.js';

/** One event in the agenda list. */
export function EventCard({ event, timeZone }: { event: PublicEvent; timeZone: string }) {
  const { t } = useTranslation('agenda');
  const { current } = useLanguage();
  const title = pickText(event.title, current, event.language);
  return (
    <li className="panel agenda-card">
      <p className="agenda-card-type">{t(`type.${event.type}`)}</p>
      <h2 className="agenda-card-title">
        <Link to={`/agenda/events/${event.id}`}>{title}</Link>
      </h2>
      <p>
        <time dateTime={event.startsAt}>{formatDateTime(event.startsAt, current, timeZone)}</time> · {event.roomName}
      </p>
      <p>
        {event.organisers.map((o) => o.name).join(', ')} · {event.language.toUpperCase()}
      </p>
      {event.registrationMode === 'required' && (
        <p className="agenda-card-places">
          {event.placesLeft > 0 ? t('agenda.placesLeft', { count: event.placesLeft }) : t('agenda.full')}
        </p>
      )}
      {event.missingTranslations.includes(current) && <p className="agenda-card-missing">{t('agenda.missing')}</p>}
    </li>
  );
}
