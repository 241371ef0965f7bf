import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../../common/schemas/auth.js';
import { LIMITS } from '../../../common/limits.js';
import { isApiError } from '../../api/api-error.js';
import { api, setCsrfToken } from '../../api/client.js';
import { FormProblem } from '../../ui/form-problem.js';
import { StaffLayout } from '../../ui/staff-layout.js';
import { TextField } from '../../ui/text-field.js';

/** The signed-in person's account: who they are, and changing their password. */
export function AccountPage({ me }: { me: Me }) {
  const { t } = useTranslation('auth');
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const change = useMutation({
    mutationFn: () => api<Me>('POST', '/api/auth/password', { body: { currentPassword, newPassword } }),
    onSuccess: (updated) => {
      setCsrfToken(updated.csrfToken);
      setCurrent('');
      setNew('');
    },
  });
  const errors = isApiError(change.error) ? change.error.fieldErrors() : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate();
  };
  return (
    <StaffLayout me={me} title={t('account.title')}>
      <section className="panel">
        <dl className="facts">
          <dt>{t('account.name')}</dt>
          <dd>{me.user.displayName}</dd>
          <dt>{t('field.email')}</dt>
          <dd>{me.user.email}</dd>
          <dt>{t('account.organisation')}</dt>
          <dd>{me.organisation.name}</dd>
        </dl>
        <Link to={me.home}>{t('account.backHome')}</Link>
      </section>
      <section className="panel" aria-labelledby="pw-title">
        <h2 id="pw-title">{t('account.passwordTitle')}</h2>
        {change.isSuccess && (
          <p className="notice notice-success" role="status">
            {t('account.passwordChanged')}
          </p>
        )}
        <FormProblem error={change.error} />
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            label={t('field.currentPassword')}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={setCurrent}
            error={errors.currentPassword}
          />
          <TextField
            label={t('field.newPassword')}
            description={t('field.passwordRule', { min: LIMITS.password.min })}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={setNew}
            error={errors.newPassword}
          />
          <button type="submit" className="button" disabled={change.isPending}>
            {t('account.changePassword')}
          </button>
        </form>
      </section>
    </StaffLayout>
  );
}
