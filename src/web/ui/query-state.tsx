import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.js';

/** The server's own words when loading failed, with a way to try again. */
export function QueryFailed({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('common');
  const title = error instanceof ApiError ? error.problem.title : t('error.generic');
  return (
    <div className="notice notice-error" role="alert">
      <p>{title}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('action.retry')}
        </button>
      )}
    </div>
  );
}
