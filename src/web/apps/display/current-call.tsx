import { useTranslation } from 'react-i18next';
import type { PublicSite } from '../../api/site-queries.js';
import { useLanguage } from '../../i18n/use-language.js';
import { zoneName } from '../../visits/zone-name.js';
import type { Call } from './use-calls.js';

/** The latest call, in very large type, announced to screen readers too. */
export function CurrentCall({ call, site }: { call: Call | undefined; site: PublicSite }) {
  const { t } = useTranslation('visits');
  const { current } = useLanguage();
  const zone = call ? zoneName(site, call.desk.zoneCode, current) : null;
  return (
    <section className="display-current" aria-labelledby="dc-title">
      <h2 id="dc-title" className="display-section-title">
        {t('display.nowCalling')}
      </h2>
      <div aria-live="assertive" aria-atomic="true">
        {call ? (
          <p className="display-call" key={`${call.code}-${call.calledAt}`}>
            <span className="display-call-code">{call.code}</span>
            <span className="display-call-arrow" aria-hidden="true">
              →
            </span>
            <span className="visually-hidden">{t('display.goTo')}</span>
            <span className="display-call-desk">{t('display.desk', { number: call.desk.number })}</span>
            {zone && <span className="display-call-zone">{zone}</span>}
          </p>
        ) : (
          <p className="display-idle">{t('display.noCall')}</p>
        )}
      </div>
    </section>
  );
}
