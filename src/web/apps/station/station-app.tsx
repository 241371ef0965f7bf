import { useTranslation } from 'react-i18next';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { LanguageSwitcher } from '../../ui/language-switcher.js';
import { Loading } from '../../ui/loading.js';
import { DeviceShell } from '../device/device-shell.js';
import { readDeviceToken } from '../device/device-token.js';
import { useClock } from '../space-shared/use-clock.js';
import { StationFree } from './station-free.js';
import { StationHelp } from './station-help.js';
import { StationTimer } from './station-timer.js';
import { useStation } from './use-station.js';
import './station.css';

function StationScreenView({ slug, timeZone }: { slug: string; timeZone: string }) {
  const { t } = useTranslation('space');
  const token = readDeviceToken() ?? '';
  const { state, refetch } = useStation(token, slug);
  const now = useClock(state.data?.serverTime);
  if (!state.data) return state.isError ? <p className="notice notice-error">{t('station.notLinked')}</p> : <Loading />;
  const s = state.data;
  const ended = s.use ? Date.parse(s.use.endsAt) <= now.getTime() : false;
  return (
    <>
      <h1 className="kiosk-title">{t('station.title', { label: s.station.label })}</h1>
      {s.station.outOfOrder ? (
        <section className="station-card" aria-labelledby="ooo-title">
          <h2 id="ooo-title" className="station-state-title">
            {t('station.outOfOrderTitle')}
          </h2>
          <p className="kiosk-lead">{t('station.outOfOrderText')}</p>
        </section>
      ) : s.use && ended ? (
        <section className="station-card station-ended" aria-labelledby="end-title">
          <h2 id="end-title" className="station-state-title">
            {t('station.endTitle')}
          </h2>
          <p className="kiosk-lead">{t('station.endText')}</p>
        </section>
      ) : s.use ? (
        <StationTimer use={s.use} now={now} timeZone={timeZone} />
      ) : (
        <StationFree state={s} token={token} now={now} onDone={refetch} />
      )}
      {!s.station.outOfOrder && <StationHelp state={s} token={token} onDone={refetch} />}
    </>
  );
}

/** The screen of a computer or tablet in the digital space (a station device). */
export function StationApp() {
  const { current } = useLanguage();
  return (
    <DeviceShell kind="station">
      {({ site }) => (
        <main id="main" className="kiosk station-screen">
          <header className="kiosk-header">
            <p className="kiosk-centre">{localized(site.name, current)}</p>
            <LanguageSwitcher languages={site.languages} />
          </header>
          <StationScreenView slug={site.slug} timeZone={site.timeZone} />
        </main>
      )}
    </DeviceShell>
  );
}
