import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { eventJsonLd } from '../../../common/agenda/json-ld.js';
import { pickText } from '../../../common/agenda/rules.js';
import { formatDateTime } from '../../../common/format.js';
import { usePublicSite } from '../../api/site-queries.js';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { Loading } from '../../ui/loading.js';
import { QueryFailed } from '../../ui/query-state.js';
import { agendaPaths, usePublicEvent } from './agenda-api.js';
import { JsonLd } from './json-ld.js';
import { RegisterForm } from './register-form.js';

/** An event's page: what, when, where, who; add to calendar; register. */
export function EventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['agenda', 'common']);
  const { current } = useLanguage();
  const site = usePublicSite();
  const event = usePublicEvent(id, current);
  if (event.isPending || site.isPending) return <Loading />;
  if (event.isError) return <QueryFailed error={event.error} />;
  if (!site.data) return <Loading />;
  const e = event.data;
  const place = { name: localized(site.data.name, current), address: site.data.address };
  return (
    <main id="main" className="public-main agenda">
      <JsonLd data={eventJsonLd(e, current, window.location.href, place)} />
      <p>
        <Link to="/agenda">{t('event.back')}</Link>
      </p>
      <p className="agenda-card-type">{t(`type.${e.type}`)}</p>
      <h1>{pickText(e.title, current, e.language)}</h1>
      <dl className="agenda-facts">
        <dt>{t('event.when')}</dt>
        <dd>
          <time dateTime={e.startsAt}>{formatDateTime(e.startsAt, current, site.data.timeZone)}</time>
        </dd>
        <dt>{t('event.where')}</dt>
        <dd>{e.roomName}</dd>
        <dt>{t('event.organisers')}</dt>
        <dd>{e.organisers.map((o) => o.name).join(', ')}</dd>
        <dt>{t('event.language')}</dt>
        <dd>{t(`common:language.name.${e.language}`)}</dd>
      </dl>
      {e.missingTranslations.includes(current) && <p className="agenda-card-missing">{t('agenda.missing')}</p>}
      <p className="agenda-description">{pickText(e.description, current, e.language)}</p>
      <p>
        <a className="button button-secondary" href={agendaPaths.eventIcs(e.id)} download="event.ics">
          {t('event.addToCalendar')}
        </a>
      </p>
      {e.registrationMode === 'required' ? (
        <>
          <p role="status">{e.placesLeft > 0 ? t('agenda.placesLeft', { count: e.placesLeft }) : t('agenda.full')}</p>
          <RegisterForm eventId={e.id} />
        </>
      ) : (
        <p>{e.registrationMode === 'open' ? t('event.noRegistration') : t('event.closedGroup')}</p>
      )}
    </main>
  );
}
