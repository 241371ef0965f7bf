import { useTranslation } from 'react-i18next';
import type { SpaceTicketView } from '../../../common/space/schemas.js';
import { QrCode } from '../../visits/qr-code.js';

/** A digital-space ticket as the kiosk or reception shows it: code, place in line, limit, QR for the phone. */
export function SpaceTicketResult({ ticket }: { ticket: SpaceTicketView }) {
  const { t } = useTranslation('space');
  const url = `${window.location.origin}/s/${ticket.token}`;
  return (
    <div className="space-ticket" role="status">
      <p className="space-ticket-code">{ticket.code}</p>
      <p>
        {ticket.offer
          ? t('ticket.goTo', { label: ticket.offer.stationLabel })
          : t('ticket.position', { count: ticket.position ?? 0, kind: t(`kind.${ticket.kind}`) })}
      </p>
      <p>
        {ticket.limit.shortened
          ? t('ticket.limitShortened', { minutes: ticket.limit.minutes })
          : t('ticket.limit', { minutes: ticket.limit.minutes })}
      </p>
      <QrCode text={url} label={t('ticket.qr')} />
      <p className="muted">{t('ticket.follow')}</p>
    </div>
  );
}
