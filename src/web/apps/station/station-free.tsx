import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationScreen } from '../../../common/space/schemas.js';
import { FormProblem } from '../../ui/form-problem.js';
import { TextField } from '../../ui/text-field.js';
import { formatRemaining } from '../space-shared/format-remaining.js';
import { spaceApi } from '../space-shared/space-api.js';

/** A free station: how to start (a steward, or the digital-space ticket code), or who it is kept for. */
export function StationFree({
  state,
  token,
  now,
  onDone,
}: {
  state: StationScreen;
  token: string;
  now: Date;
  onDone: () => void;
}) {
  const { t } = useTranslation('space');
  const [code, setCode] = useState('');
  const claim = useMutation({ mutationFn: () => spaceApi.claim(token, code), onSuccess: onDone });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    claim.mutate();
  };
  return (
    <section className="station-card" aria-labelledby="free-title">
      <h2 id="free-title" className="station-state-title">
        {state.offer ? t('station.reservedTitle', { code: state.offer.code }) : t('station.freeTitle')}
      </h2>
      {state.offer ? (
        <p className="kiosk-lead">
          {t('station.reservedText', { time: formatRemaining(Date.parse(state.offer.expiresAt) - now.getTime()) })}
        </p>
      ) : (
        <p className="kiosk-lead">{t('station.freeText', { minutes: state.limit.minutes })}</p>
      )}
      {state.limit.shortened && !state.offer && (
        <p className="notice">
          {t('station.shortenedNow', { minutes: state.limit.minutes, normal: state.limit.normalMinutes })}
        </p>
      )}
      <form className="station-claim" onSubmit={submit}>
        <FormProblem error={claim.error} />
        <TextField
          label={t('station.codeLabel')}
          description={t('station.codeHelp')}
          name="code"
          value={code}
          onChange={setCode}
        />
        <button type="submit" className="button button-large" disabled={claim.isPending || code.trim() === ''}>
          {t('station.start')}
        </button>
      </form>
    </section>
  );
}
