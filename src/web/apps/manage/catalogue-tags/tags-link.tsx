import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The manager home's entry to the curation of occupation tags. */
export function CatalogueTagsLink() {
  const { t } = useTranslation('offers');
  return (
    <nav className="panel" aria-label={t('tags.title')}>
      <Link to="/manage/catalogue-tags" className="button">
        {t('tags.title')}
      </Link>
    </nav>
  );
}
