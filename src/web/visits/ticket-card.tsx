import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../common/format.js';
import type { TicketView } from '../../common/visits/schemas.js';
import type { PublicSite } from '../api/site-queries.js';
import { localized } from '../i18n/localized.js';
import { useLanguage } from '../i18n/use-language.js';
import { Icon } from '../ui/icons.js';
import { estimateText } from './estimate-text.js';
import { QrCode } from './qr-code.js';
import { zoneName } from './zone-name.js';

type Props = { ticket: TicketView; site: PublicSite; headingLevel?: 2 | 3 };

/** The ticket as the client sees it on screen, plus a print-only copy laid out for 80 mm printers. */
export function TicketCard({ ticket, site, headingLevel = 2 }: Props) {
  const { t } = useTranslation('visits');
  const { current } = useLanguage();
  const url = `${window.location.origin}/t/${ticket.token}`;
  const zone = zoneName(site, ticket.waitingZone, current);
  const estimate = estimateText(t, ticket.estimate, current);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const position = ticket.position === null ? null : formatNumber(ticket.position, current);
  return (
    <>
      <section className="ticket" aria-labelledby="ticket-code">
        <div className="ticket-main">
          <p className="ticket-label">{t('ticket.yourNumber')}</p>
          <Heading id="ticket-code" className="ticket-code">
            {ticket.code}
          </Heading>
          <p className="ticket-field">
            <Icon name={ticket.field} size={28} /> {t(`common:field.${ticket.field}.label`)} ·{' '}
            {t(`common:language.name.${ticket.language}`)}
          </p>
          <dl className="ticket-facts">
            {position && (
              <div>
                <dt>{t('ticket.position')}</dt>
                <dd>{t('ticket.positionValue', { position })}</dd>
              </div>
            )}
            <div>
              <dt>{t('ticket.wait')}</dt>
              <dd>{estimate}</dd>
            </div>
            {zone && (
              <div>
                <dt>{t('ticket.where')}</dt>
                <dd>{zone}</dd>
              </div>
            )}
          </dl>
        </div>
        <div className="ticket-qr">
          <QrCode text={url} label={t('ticket.qrLabel')} />
          <p>{t('ticket.qrHint')}</p>
        </div>
      </section>
      <div className="ticket-print" aria-hidden="true">
        <p className="ticket-print-centre">{localized(site.name, current)}</p>
        <p className="ticket-print-code">{ticket.code}</p>
        <p>
          {t(`common:field.${ticket.field}.label`)} · {t(`common:language.name.${ticket.language}`)}
        </p>
        {position && <p>{t('ticket.positionValue', { position })}</p>}
        <p>{estimate}</p>
        {zone && <p>{t('ticket.waitIn', { zone })}</p>}
        <QrCode text={url} size={150} label={t('ticket.qrLabel')} />
        <p className="ticket-print-small">{t('ticket.qrHint')}</p>
        <p className="ticket-print-small">{formatDateTime(ticket.issuedAt, current, site.timeZone)}</p>
        <p className="ticket-print-small">{t('ticket.anonymous')}</p>
      </div>
    </>
  );
}

/** Prints the ticket on the kiosk or reception printer (the page's print style keeps only the ticket). */
export function PrintButton({ className = 'button button-secondary' }: { className?: string }) {
  const { t } = useTranslation('visits');
  return (
    <button type="button" className={className} onClick={() => window.print()}>
      <Icon name="ticket" size={22} /> {t('ticket.print')}
    </button>
  );
}
