import { useTranslation } from 'react-i18next';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { DeviceShell } from '../device/device-shell.js';
import { KioskFlow } from './kiosk-flow.js';

/** The entrance kiosk: language, what the visitor needs, two optional questions, a ticket. */
export function KioskApp() {
  const { t } = useTranslation('visits');
  const { current } = useLanguage();
  return (
    <DeviceShell kind="kiosk">
      {({ site, token }) => (
        <main id="main" className="kiosk">
          <header className="kiosk-header">
            <p className="kiosk-centre">{localized(site.name, current)}</p>
            <p className="kiosk-tagline">{t('kiosk.tagline')}</p>
          </header>
          <KioskFlow site={site} token={token} />
        </main>
      )}
    </DeviceShell>
  );
}
