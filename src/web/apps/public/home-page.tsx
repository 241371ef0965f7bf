import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePublicSite } from '../../api/site-queries.js';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { FieldCards } from '../../ui/field-cards.js';
import { Icon } from '../../ui/icons.js';
import { Loading } from '../../ui/loading.js';
import { OpeningHoursTable } from '../../ui/opening-hours.js';
import { QueryFailed } from '../../ui/query-state.js';
import { VisitSteps } from './visit-steps.js';

/** The centre's front page: who we are, when we are open, what we help with, how a visit works. */
export function HomePage() {
  const { t } = useTranslation('public');
  const { current } = useLanguage();
  const site = usePublicSite();
  if (site.isPending) return <Loading />;
  if (site.isError) return <QueryFailed error={site.error} onRetry={() => void site.refetch()} />;
  const s = site.data;
  return (
    <main id="main" className="public-main">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{localized(s.name, current)}</h1>
        <p className="hero-lead">{t('hero.lead')}</p>
        <ul className="hero-promises">
          <li>{t('hero.free')}</li>
          <li>{t('hero.anonymous')}</li>
          <li>{t('hero.noAppointment')}</li>
        </ul>
        <p>
          <Link to="/portal">{t('portalLink')}</Link>
        </p>
      </section>

      <div className="public-grid">
        <section className="panel" aria-labelledby="hours-title">
          <h2 id="hours-title">
            <Icon name="clock" /> {t('hours.title')}
          </h2>
          <OpeningHoursTable hours={s.openingHours} timeZone={s.timeZone} caption={t('hours.title')} />
        </section>
        <section className="panel" aria-labelledby="where-title">
          <h2 id="where-title">
            <Icon name="pin" /> {t('where.title')}
          </h2>
          <address className="address">{s.address}</address>
          <p>{t('where.languages', { list: s.languages.map((l) => t(`common:language.name.${l}`)).join(', ') })}</p>
        </section>
      </div>

      <section className="section" aria-labelledby="fields-title">
        <h2 id="fields-title">{t('fields.title')}</h2>
        <p className="section-lead">{t('fields.lead')}</p>
        <FieldCards fields={s.fields} />
      </section>

      <section className="section" aria-labelledby="visit-title">
        <h2 id="visit-title">{t('visit.title')}</h2>
        <VisitSteps />
        <p className="privacy-note">
          <Icon name="lock" /> {t('visit.privacy')}
        </p>
      </section>
    </main>
  );
}
