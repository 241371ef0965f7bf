import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LIMITS } from '../../../common/limits.js';
import { isApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { FormProblem } from '../../ui/form-problem.js';
import { TextField } from '../../ui/text-field.js';
import { AuthCard } from './auth-card.js';

/** The token travels in the fragment (#token=…), so it never reaches a server log. */
function tokenFromHash(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

export function ResetPasswordPage() {
  const { t } = useTranslation('auth');
  const [token] = useState(tokenFromHash);
  const [newPassword, setNewPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => api('POST', '/api/auth/reset', { body: { token, newPassword } }),
  });
  const errors = isApiError(reset.error) ? reset.error.fieldErrors() : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate();
  };
  if (reset.isSuccess) {
    return (
      <AuthCard title={t('reset.doneTitle')}>
        <p role="status">{t('reset.done')}</p>
        <Link className="button button-large" to="/login">
          {t('reset.toLogin')}
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('reset.title')}>
      {!token && <p className="notice notice-error">{t('reset.noToken')}</p>}
      <FormProblem error={reset.error} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('field.newPassword')}
          description={t('field.passwordRule', { min: LIMITS.password.min })}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={setNewPassword}
          error={errors.newPassword ?? errors.token}
          isRequired
        />
        <button type="submit" className="button button-large" disabled={reset.isPending || !token}>
          {t('reset.submit')}
        </button>
      </form>
    </AuthCard>
  );
}
