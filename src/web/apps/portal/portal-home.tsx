import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OFFER_PATHS } from './portal-api.js';
import { SearchForm } from './search-form.js';

const SECTIONS = [
  ['/portal/transitions', 'transitions'],
  [`/portal/${OFFER_PATHS.training}`, 'training'],
  [`/portal/${OFFER_PATHS.vacancy}`, 'vacancy'],
  [`/portal/${OFFER_PATHS.service}`, 'service'],
  [`/portal/${OFFER_PATHS.guide}`, 'guide'],
] as const;

export function PortalHome() {
  const { t } = useTranslation('catalogue');
  return (
    <main id="main" className="portal-main">
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <SearchForm />
      <section aria-labelledby="home-more">
        <h2 id="home-more">{t('home.more')}</h2>
        <ul className="portal-sections">
          {SECTIONS.map(([to, key]) => (
            <li key={key}>
              <Link to={to}>{t(`home.section.${key}.title`)}</Link>
              <span className="portal-meta">{t(`home.section.${key}.text`)}</span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
