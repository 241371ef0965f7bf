import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../common/domain.js';
import type { SiteEventHandler } from '../../api/site-events.js';
import type { PublicSite } from '../../api/site-queries.js';
import { useQueues } from '../../api/visits-api.js';
import { localized } from '../../i18n/localized.js';
import { useLanguage } from '../../i18n/use-language.js';
import { spokenCode } from '../../visits/estimate-text.js';
import { createAnnouncer } from './announcer.js';
import { Clock } from './clock.js';
import { CurrentCall } from './current-call.js';
import { FieldWaits } from './field-waits.js';
import { LastCalls } from './last-calls.js';
import { DisplaySpacePanel } from '../space-shared/display-space-panel.js';
import { callFromEvent, useCalls } from './use-calls.js';

type Props = { site: PublicSite; token: string; listener: RefObject<SiteEventHandler | null> };

/** The waiting-area board: the call in very large type, the last calls, waits per field, chime and voice. */
export function DisplayBoard({ site, token, listener }: Props) {
  const { t, i18n } = useTranslation('visits');
  const { current } = useLanguage();
  const queues = useQueues(site.slug, { bearer: token, refetchMs: 60_000 });
  const { calls, push } = useCalls(queues.data);
  const [sound, setSound] = useState(false);
  const announcer = useRef(createAnnouncer());
  const soundOn = useRef(false);
  soundOn.current = sound;

  useEffect(() => {
    void i18n.loadLanguages([...LANGUAGES]);
    const a = announcer.current;
    return () => a.dispose();
  }, [i18n]);

  useEffect(() => {
    listener.current = (event) => {
      const call = callFromEvent(event);
      if (!call) return;
      push(call);
      if (!soundOn.current) return;
      const say = i18n.getFixedT(call.language, 'visits');
      const { letter, number } = spokenCode(call.code);
      announcer.current.announce({
        language: call.language,
        text: say('display.announce', { letter, number, desk: call.desk.number }),
      });
    };
    return () => {
      listener.current = null;
    };
  }, [listener, push, i18n]);

  const enable = () => {
    announcer.current.enable();
    setSound(true);
  };
  return (
    <main id="main" className="display">
      <header className="display-header">
        <div className="display-brand">
          <span className="brand-mark" aria-hidden="true">
            CdM
          </span>
          <h1 className="display-centre">{localized(site.name, current)}</h1>
        </div>
        {!sound && (
          <button type="button" className="button button-large display-sound" onClick={enable}>
            {t('display.enableSound')}
          </button>
        )}
        <Clock timeZone={site.timeZone} />
      </header>
      <div className="display-body">
        <CurrentCall call={calls[0]} site={site} />
        <LastCalls calls={calls.slice(1, 7)} timeZone={site.timeZone} />
      </div>
      <FieldWaits fields={site.fields} snapshot={queues.data} />
      <DisplaySpacePanel slug={site.slug} token={token} />
    </main>
  );
}
