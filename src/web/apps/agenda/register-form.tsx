import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RegistrationResult } from '../../../common/agenda/schemas.js';
import { api } from '../../api/client.js';

import { useLanguage } from '../../i18n/use-language.js';
import { FormProblem } from '../../ui/form-problem.js';
import { TextField } from '../../ui/text-field.js';
import { agendaPaths, fieldError, newToken } from './agenda-api.js';

/** Nickname and an optional e-mail; the page then moves to the registration (its address is the cancel link). */
export function RegisterForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation('agenda');
  const { current } = useLanguage();
  const navigate = useNavigate();
  const [nickname, setNickname] = useState('');
  const [email, setEmail] = useState('');
  const [token] = useState(newToken);
  const register = useMutation({
    mutationFn: () =>
      api<RegistrationResult>('POST', agendaPaths.registrations(eventId), {
        body: { nickname, language: current, token, ...(email.trim() ? { email } : {}) },
      }),
    onSuccess: (r) => void navigate(`/agenda/registration/${r.token}`),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    register.mutate();
  };
  return (
    <form className="panel" onSubmit={onSubmit} aria-labelledby="register-title" noValidate>
      <h2 id="register-title">{t('event.register')}</h2>
      <FormProblem error={register.error} />
      <TextField
        label={t('event.nickname')}
        description={t('event.nicknameHelp')}
        name="nickname"
        value={nickname}
        onChange={setNickname}
        isRequired
        autoComplete="nickname"
        error={fieldError(register.error, 'nickname')}
      />
      <TextField
        label={t('event.email')}
        description={t('event.emailHelp')}
        name="email"
        type="email"
        value={email}
        onChange={setEmail}
        autoComplete="email"
        error={fieldError(register.error, 'email')}
      />
      <button type="submit" className="button button-large" disabled={register.isPending}>
        {t('event.submit')}
      </button>
    </form>
  );
}
