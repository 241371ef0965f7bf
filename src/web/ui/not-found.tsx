import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation('common');
  return (
    <main id="main" className="centered-page">
      <div className="card card-narrow">
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <Link className="button" to="/">
          {t('notFound.home')}
        </Link>
      </div>
    </main>
  );
}
