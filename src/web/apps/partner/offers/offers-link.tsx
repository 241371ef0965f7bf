import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OFFERS_PATH } from './offers-api.js';

/** The partner home's entry to the organisation's offers and feed import. */
export function OffersLink() {
  const { t } = useTranslation('offers');
  return (
    <nav className="panel" aria-label={t('page.list')}>
      <Link to={OFFERS_PATH} className="button">
        {t('page.list')}
      </Link>{' '}
      <Link to={`${OFFERS_PATH}/import`} className="button button-secondary">
        {t('nav.import')}
      </Link>
    </nav>
  );
}
