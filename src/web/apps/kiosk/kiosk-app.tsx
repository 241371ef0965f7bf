import { useTranslation } from 'react-i18next';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { ComingSoon } from '../../ui/coming-soon.js';
import { FieldCards } from '../../ui/field-cards.js';
import { LanguageSwitcher } from '../../ui/language-switcher.js';
import { DeviceShell } from '../device/device-shell.js';

/** The entrance kiosk: language first, then what the visitor needs. Tickets come in a later release. */
export function KioskApp() {
  const { t } = useTranslation('apps');
  const { current } = useLanguage();
  return (
    <DeviceShell kind="kiosk">
      {({ site }) => (
        <main id="main" className="kiosk">
          <header className="kiosk-header">
            <p className="kiosk-centre">{localized(site.name, current)}</p>
            <LanguageSwitcher languages={site.languages} />
          </header>
          <h1 className="kiosk-title">{t('kiosk.welcome')}</h1>
          <p className="kiosk-lead">{t('kiosk.lead')}</p>
          <FieldCards fields={site.fields} headingLevel={2} />
          <ComingSoon title={t('kiosk.ticketsTitle')} text={t('kiosk.ticketsText')} />
        </main>
      )}
    </DeviceShell>
  );
}
