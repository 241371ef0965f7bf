import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../common/schemas/auth.js';
import type { TicketView } from '../../../common/visits/schemas.js';
import { type PublicSite, usePublicSite } from '../../api/site-queries.js';
import { directionsKey, queuesKey, ticketsKey, useQueues } from '../../api/visits-api.js';
import { RequireRole } from '../../auth/require-role.js';
import { siteFor } from '../../auth/roles.js';
import { Loading } from '../../ui/loading.js';
import { StaffLayout } from '../../ui/staff-layout.js';
import { QueueBoard } from '../../visits/queue-board.js';
import { PrintButton, TicketCard } from '../../visits/ticket-card.js';
import { useStaffStream } from '../../visits/use-staff-stream.js';
import { ActiveTickets } from './active-tickets.js';
import { DirectionsPanel } from './directions-panel.js';
import { IssueTicketForm } from './issue-ticket-form.js';
import { ReceptionSpaceTickets } from '../space-shared/space-ticket-panel.js';
import { CheckInCard } from '../planning/today/check-in-card.js';
import { LiveCoveragePanel } from '../planning/today/live-coverage-panel.js';

function ReceptionDesk({ site }: { site: PublicSite }) {
  const { t } = useTranslation('visits');
  const queues = useQueues(site.slug);
  const [shown, setShown] = useState<TicketView | null>(null);
  const ticketHeading = useRef<HTMLHeadingElement>(null);
  useStaffStream(site.slug, [queuesKey(site.slug), ticketsKey(site.slug), directionsKey(site.slug)]);
  useEffect(() => {
    if (shown) ticketHeading.current?.focus();
  }, [shown]);
  return (
    <>
      <section className="panel" aria-labelledby="r-queues">
        <h2 id="r-queues">{t('reception.queues')}</h2>
        {queues.data ? (
          <>
            {!queues.data.issuing && (
              <p className="notice notice-info">{t(queues.data.open ? 'reception.closing' : 'reception.closed')}</p>
            )}
            <QueueBoard snapshot={queues.data} />
          </>
        ) : (
          <Loading />
        )}
      </section>
      <div className="two-columns">
        <CheckInCard slug={site.slug} timeZone={site.timeZone} />
        <LiveCoveragePanel slug={site.slug} timeZone={site.timeZone} compact />
      </div>
      <div className="two-columns">
        <section className="panel" aria-labelledby="r-issue">
          <h2 id="r-issue">{t('reception.issueTitle')}</h2>
          <IssueTicketForm site={site} onIssued={setShown} />
        </section>
        <section className="panel" aria-labelledby="r-shown">
          <h2 id="r-shown" tabIndex={-1} ref={ticketHeading}>
            {shown ? t('reception.ticketFor', { code: shown.code }) : t('reception.noTicketShown')}
          </h2>
          {shown && (
            <>
              <TicketCard ticket={shown} site={site} headingLevel={3} />
              <div className="form-actions">
                <PrintButton className="button" />
                <button type="button" className="button button-quiet" onClick={() => setShown(null)}>
                  {t('reception.close')}
                </button>
              </div>
            </>
          )}
        </section>
      </div>
      <section className="panel" aria-labelledby="r-active">
        <h2 id="r-active">{t('reception.activeTickets')}</h2>
        <ActiveTickets site={site} onShow={setShown} />
      </section>
      <section className="panel" aria-labelledby="r-dir">
        <h2 id="r-dir">{t('directions.title')}</h2>
        <p>{t('directions.lead')}</p>
        <DirectionsPanel slug={site.slug} />
      </section>
      <ReceptionSpaceTickets slug={site.slug} />
    </>
  );
}

function Reception({ me }: { me: Me }) {
  const { t } = useTranslation('visits');
  const site = usePublicSite(siteFor(me, ['reception'])?.slug);
  return (
    <StaffLayout me={me} title={t('reception.title')} wide>
      {site.data ? <ReceptionDesk site={site.data} /> : <Loading />}
    </StaffLayout>
  );
}

export function ReceptionApp() {
  return <RequireRole roles={['reception']}>{(me) => <Reception me={me} />}</RequireRole>;
}
