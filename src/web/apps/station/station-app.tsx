import { useTranslation } from 'react-i18next';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { ComingSoon } from '../../ui/coming-soon.js';
import { LanguageSwitcher } from '../../ui/language-switcher.js';
import { DeviceShell } from '../device/device-shell.js';

/** The screen of a computer or tablet in the digital space. Station use comes in a later release. */
export function StationApp() {
  const { t } = useTranslation('apps');
  const { current } = useLanguage();
  return (
    <DeviceShell kind="station">
      {({ site, device }) => (
        <main id="main" className="kiosk">
          <header className="kiosk-header">
            <p className="kiosk-centre">{localized(site.name, current)}</p>
            <LanguageSwitcher languages={site.languages} />
          </header>
          <h1 className="kiosk-title">{t('station.title', { label: device.label })}</h1>
          <p className="kiosk-lead">
            {t('station.limits', { computer: site.timeLimits.computerMinutes, tablet: site.timeLimits.tabletMinutes })}
          </p>
          <ComingSoon title={t('comingSoon')} text={t('station.coming')} />
        </main>
      )}
    </DeviceShell>
  );
}
