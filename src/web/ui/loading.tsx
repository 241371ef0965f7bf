import { useTranslation } from 'react-i18next';

/** A calm, announced loading state. */
export function Loading() {
  const { t } = useTranslation('common');
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('loading')}
    </div>
  );
}
