import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../common/format.js';
import type { TicketView } from '../../../common/visits/schemas.js';
import type { PublicSite } from '../../api/site-queries.js';
import { useLanguage } from '../../i18n/use-language.js';
import { estimateText } from '../../visits/estimate-text.js';
import { zoneName } from '../../visits/zone-name.js';

/** What the person should do now, in one short block per status. */
export function TicketStatus({ ticket, site }: { ticket: TicketView; site: PublicSite | undefined }) {
  const { t } = useTranslation('phone');
  const { current } = useLanguage();
  const waitZone = zoneName(site, ticket.waitingZone, current);
  if (ticket.status === 'called' && ticket.desk) {
    const deskZone = zoneName(site, ticket.desk.zoneCode, current);
    return (
      <div className="phone-called">
        <p className="phone-called-title">{t('called.title')}</p>
        <p className="phone-called-desk">{t('called.desk', { number: ticket.desk.number })}</p>
        {deskZone && <p>{t('called.zone', { zone: deskZone })}</p>}
      </div>
    );
  }
  if (ticket.status === 'waiting' || ticket.status === 'transferred') {
    return (
      <div className="phone-waiting">
        {ticket.position !== null && (
          <p className="phone-position">
            {t('waiting.position', { n: formatNumber(ticket.position, current), count: ticket.position })}
          </p>
        )}
        <p className="phone-estimate">{estimateText(t, ticket.estimate, current, 'phone')}</p>
        {waitZone && <p>{t('waiting.zone', { zone: waitZone })}</p>}
        <p className="phone-note">{t('waiting.keepOpen')}</p>
      </div>
    );
  }
  return <p className="phone-message">{t(`status.${ticket.status}`)}</p>;
}
