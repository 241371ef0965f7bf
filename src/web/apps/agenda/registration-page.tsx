import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { pickText } from '../../../common/agenda/rules.js';
import { formatDateTime } from '../../../common/format.js';
import { api } from '../../api/client.js';
import { usePublicSite } from '../../api/site-queries.js';
import { useLanguage } from '../../i18n/use-language.js';
import { FormProblem } from '../../ui/form-problem.js';
import { Loading } from '../../ui/loading.js';
import { QueryFailed } from '../../ui/query-state.js';
import { useRegistration } from './agenda-api.js';

/** The registration page: its address is the cancellation link (the token is in the URL). */
export function RegistrationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation('agenda');
  const { current } = useLanguage();
  const site = usePublicSite();
  const client = useQueryClient();
  const registration = useRegistration(token);
  const cancel = useMutation({
    mutationFn: () => api('POST', `/api/agenda/registrations/${token}/cancel`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['registration', token] }),
  });
  if (registration.isPending || !site.data) return <Loading />;
  if (registration.isError) return <QueryFailed error={registration.error} />;
  const r = registration.data;
  const status =
    r.status === 'confirmed'
      ? t('registration.confirmed', { nickname: r.nickname })
      : r.status === 'waitlisted'
        ? t('registration.waitlisted', { nickname: r.nickname, position: r.waitlistPosition ?? '' })
        : t('registration.cancelled');
  return (
    <main id="main" className="public-main agenda">
      <h1>{t('registration.title')}</h1>
      <div className="panel panel-highlight" role="status">
        <p className="registration-status" data-status={r.status}>
          {status}
        </p>
        <p>
          <Link to={`/agenda/events/${r.eventId}`}>{pickText(r.event.title, current, r.event.language)}</Link> ·{' '}
          {formatDateTime(r.event.startsAt, current, site.data.timeZone)}
        </p>
      </div>
      {r.status !== 'cancelled' && (
        <>
          <p>{t('registration.keepLink')}</p>
          <FormProblem error={cancel.error} />
          <button
            type="button"
            className="button button-secondary"
            onClick={() => cancel.mutate()}
            disabled={cancel.isPending}
          >
            {t('registration.cancel')}
          </button>
        </>
      )}
    </main>
  );
}
