import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/api-error.js';
import { safeNext } from '../../auth/roles.js';
import { useMe, useSignIn } from '../../auth/session.js';
import { FormProblem } from '../../ui/form-problem.js';
import { Loading } from '../../ui/loading.js';
import { TextField } from '../../ui/text-field.js';
import { AuthCard } from './auth-card.js';

/** Staff sign-in; what was typed stays, the server's messages sit next to the right fields. */
export function LoginPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const next = safeNext(params.get('next'));
  const reason = params.get('reason');

  if (me.isPending) return <Loading />;
  if (me.data && !signIn.isSuccess) return <Navigate to={next ?? me.data.home} replace />;

  const errors = isApiError(signIn.error) ? signIn.error.fieldErrors() : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(
      { email, password },
      { onSuccess: (result) => void navigate(next ?? result.home, { replace: true }) },
    );
  };
  return (
    <AuthCard title={t('login.title')}>
      {reason === 'expired' && !signIn.error && (
        <p className="notice notice-info" role="status">
          {t('login.expired')}
        </p>
      )}
      {reason === 'signedOut' && !signIn.error && (
        <p className="notice notice-info" role="status">
          {t('login.signedOut')}
        </p>
      )}
      <FormProblem error={signIn.error} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('field.email')}
          name="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={errors.email}
          isRequired
        />
        <TextField
          label={t('field.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          isRequired
        />
        <button type="submit" className="button button-large" disabled={signIn.isPending}>
          {signIn.isPending ? t('login.signingIn') : t('login.submit')}
        </button>
      </form>
      <p className="field-description">{t('login.forgot')}</p>
    </AuthCard>
  );
}
