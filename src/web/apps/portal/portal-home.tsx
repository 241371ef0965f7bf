import { useTranslation } from 'react-i18next';
import { SearchForm } from './search-form.js';

export function PortalHome() {
  const { t } = useTranslation('catalogue');
  return (
    <main id="main" className="portal-main">
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <SearchForm />
    </main>
  );
}
