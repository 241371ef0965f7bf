import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.js';

/** The summary above a form: the problem's title, and how many fields need attention. */
export function FormProblem({ error }: { error: unknown }) {
  const { t } = useTranslation('common');
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  const count = problem?.errors?.length ?? 0;
  return (
    <div className="notice notice-error" role="alert" tabIndex={-1}>
      <p className="notice-title">{problem?.title ?? t('error.generic')}</p>
      {count > 0 && <p>{t('form.fieldsNeedAttention', { n: count })}</p>}
    </div>
  );
}
