import { useTranslation } from 'react-i18next';
import type { PublicSite } from '../../api/site-queries.js';
import { Icon } from '../../ui/icons.js';
import { LanguageSwitcher } from '../../ui/language-switcher.js';
import { OpeningHoursTable } from '../../ui/opening-hours.js';

/** Queues are closed: say why, and when to come back. Nothing on this screen can fail. */
export function KioskClosed({ site, open }: { site: PublicSite; open: boolean }) {
  const { t } = useTranslation('visits');
  return (
    <section className="kiosk-step kiosk-closed" aria-labelledby="k-closed">
      <LanguageSwitcher languages={site.languages} />
      <Icon name="clock" size={56} />
      <div role="status">
        <h1 id="k-closed" className="kiosk-title">
          {t(open ? 'kiosk.closingTitle' : 'kiosk.closedTitle')}
        </h1>
        <p className="kiosk-lead">{t(open ? 'kiosk.closingText' : 'kiosk.closedText')}</p>
      </div>
      <p className="kiosk-lead">{t('kiosk.closedOther')}</p>
      <div className="panel kiosk-hours">
        <h2>{t('kiosk.hours')}</h2>
        <OpeningHoursTable hours={site.openingHours} timeZone={site.timeZone} caption={t('kiosk.hours')} />
      </div>
    </section>
  );
}
