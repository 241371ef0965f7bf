import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { SpaceTicketView } from '../../../common/space/schemas.js';
import { LanguageSwitcher } from '../../ui/language-switcher.js';
import { Loading } from '../../ui/loading.js';
import { formatRemaining } from './format-remaining.js';
import { spaceApi } from './space-api.js';
import { useClock } from './use-clock.js';
import './space.css';

/** Follows a digital-space ticket by SSE; EventSource reconnects and the first frame re-syncs. */
function useSpaceTicket(token: string) {
  const [view, setView] = useState<SpaceTicketView | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    spaceApi.ticket(token).then(setView, () => setMissing(true));
    const source = new EventSource(`/api/space-tickets/${encodeURIComponent(token)}/stream`);
    source.addEventListener('status', (m: MessageEvent<string>) => setView(JSON.parse(m.data) as SpaceTicketView));
    return () => source.close();
  }, [token]);
  return { view, missing };
}

function TicketStatus({ view }: { view: SpaceTicketView }) {
  const { t } = useTranslation('space');
  const now = useClock(undefined);
  switch (view.status) {
    case 'waiting':
      return <p className="phone-big">{t('phone.position', { count: view.position ?? 0 })}</p>;
    case 'offered':
      return (
        <div className="notice notice-success" role="alert">
          <p className="phone-big">{t('phone.offered', { label: view.offer?.stationLabel ?? '' })}</p>
          {view.offer?.zoneCode && <p>{t('phone.zone', { zone: view.offer.zoneCode })}</p>}
          {view.offer && (
            <p>{t('phone.expires', { time: formatRemaining(Date.parse(view.offer.expiresAt) - now.getTime()) })}</p>
          )}
        </div>
      );
    default:
      return <p className="phone-big">{t(`phone.status.${view.status}`)}</p>;
  }
}

/** The phone page of a digital-space ticket: `/s/:token`, no login. */
export function SpacePhoneApp() {
  const { t } = useTranslation('space');
  const { token = '' } = useParams();
  const { view, missing } = useSpaceTicket(token);
  return (
    <main id="main" className="phone-page space-phone">
      <header className="kiosk-header">
        <LanguageSwitcher />
      </header>
      <h1>{t('phone.title')}</h1>
      {missing && !view ? (
        <p className="notice notice-error">{t('phone.missing')}</p>
      ) : view ? (
        <>
          <p className="space-ticket-code">{view.code}</p>
          <p>{t(`kind.${view.kind}`)}</p>
          <TicketStatus view={view} />
          <p className="muted">{t('ticket.limit', { minutes: view.limit.minutes })}</p>
        </>
      ) : (
        <Loading />
      )}
    </main>
  );
}
