import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceKind } from '../../../common/domain.js';
import { isApiError } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { FormProblem } from '../../ui/form-problem.js';
import { Icon } from '../../ui/icons.js';
import { LanguageSwitcher } from '../../ui/language-switcher.js';
import { TextField } from '../../ui/text-field.js';
import type { DeviceInfo } from './use-device.js';

type Claimed = { token: string; device: DeviceInfo };

/** First start of a kiosk, display or station screen: type the one-time code an administrator gave. */
export function EnrolmentScreen({ kind, onEnrolled }: { kind: DeviceKind; onEnrolled: (claimed: Claimed) => void }) {
  const { t } = useTranslation('apps');
  const [code, setCode] = useState('');
  const claim = useMutation({
    mutationFn: () => api<Claimed>('POST', '/api/devices/claim', { body: { code: code.trim() } }),
    onSuccess: onEnrolled,
  });
  const errors = isApiError(claim.error) ? claim.error.fieldErrors() : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    claim.mutate();
  };
  return (
    <main id="main" className="device-enrol">
      <div className="card card-narrow">
        <div className="device-enrol-top">
          <Icon name={kind === 'display' ? 'computer' : 'tablet'} size={40} />
          <LanguageSwitcher />
        </div>
        <h1>{t('enrol.title', { kind: t(`common:deviceKind.${kind}`) })}</h1>
        <p>{t('enrol.lead')}</p>
        <FormProblem error={claim.error} />
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            label={t('enrol.code')}
            description={t('enrol.codeHint')}
            name="code"
            value={code}
            onChange={(v) => setCode(v.toUpperCase())}
            error={errors.code}
            className="code-field"
          />
          <button type="submit" className="button button-large" disabled={claim.isPending}>
            {t('enrol.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}
