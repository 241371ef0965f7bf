import { useTranslation } from 'react-i18next';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { Icon } from '../../ui/icons.js';
import { DeviceShell } from '../device/device-shell.js';
import { Clock } from './clock.js';

/** The waiting-area screen: centre, clock, fields. Called tickets come in a later release. */
export function DisplayApp() {
  const { t } = useTranslation('apps');
  const { current } = useLanguage();
  return (
    <DeviceShell kind="display">
      {({ site }) => (
        <main id="main" className="display">
          <header className="display-header">
            <h1 className="display-centre">{localized(site.name, current)}</h1>
            <Clock timeZone={site.timeZone} />
          </header>
          <section className="display-calls" aria-labelledby="calls-title">
            <h2 id="calls-title">{t('display.calls')}</h2>
            <p className="display-placeholder">{t('display.callsComing')}</p>
          </section>
          <section aria-labelledby="fields-title">
            <h2 id="fields-title" className="visually-hidden">
              {t('display.fields')}
            </h2>
            <ul className="display-fields">
              {site.fields.map((f) => (
                <li key={f}>
                  <Icon name={f} size={36} /> {t(`common:field.${f}.label`)}
                </li>
              ))}
            </ul>
          </section>
        </main>
      )}
    </DeviceShell>
  );
}
