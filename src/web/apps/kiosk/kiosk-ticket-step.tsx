import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketView } from '../../../common/visits/schemas.js';
import type { PublicSite } from '../../api/site-queries.js';
import { PrintButton, TicketCard } from '../../visits/ticket-card.js';

/** Step 4: the ticket, big; print it or follow it on the phone with the QR code. */
export function KioskTicketStep({
  ticket,
  site,
  onDone,
}: {
  ticket: TicketView;
  site: PublicSite;
  onDone: () => void;
}) {
  const { t } = useTranslation('visits');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="kiosk-step" aria-labelledby="k-ticket">
      <h1 id="k-ticket" className="kiosk-title" tabIndex={-1} ref={heading}>
        {t('kiosk.ticketTitle')}
      </h1>
      <TicketCard ticket={ticket} site={site} />
      <p className="kiosk-lead">{t('kiosk.ticketLead')}</p>
      <div className="kiosk-actions">
        <PrintButton className="button button-large" />
        <button type="button" className="button button-large button-secondary" onClick={onDone}>
          {t('kiosk.done')}
        </button>
      </div>
    </section>
  );
}
