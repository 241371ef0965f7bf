import { useTranslation } from 'react-i18next';
import type { ListingDetail } from '../../../common/catalogue/portal-schemas.js';

/** The details partners give, in the order a reader needs them; unknown keys are not shown. */
export const FACT_KEYS = [
  'provider',
  'employer',
  'audience',
  'place',
  'hours',
  'schedule',
  'duration',
  'contract',
  'cost',
  'conditions',
  'access',
] as const;

/** The offer's facts as a description list (what, for whom, where, when, how much, how to access). */
export function OfferFacts({ offer }: { offer: ListingDetail }) {
  const { t } = useTranslation('catalogue');
  const facts = FACT_KEYS.flatMap((k) => (offer.details[k] ? [[k, offer.details[k]] as const] : []));
  if (facts.length === 0) return null;
  return (
    <dl className="portal-facts">
      {facts.map(([k, v]) => (
        <div key={k}>
          <dt>{t(`offer.fact.${k}`)}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

const YES = new Set(['yes', 'true', '1', 'oui', 'ja']);
/** Whether a guide's data says a printed copy waits at the documentation corner. */
export const hasPrintedCopy = (offer: ListingDetail) =>
  YES.has((offer.details.printed ?? offer.details.printed_copy ?? '').trim().toLowerCase());

/** The apply link, only when it is a web address. */
export const applyUrl = (offer: ListingDetail) => {
  const url = offer.details.apply_url ?? offer.details.applyUrl ?? '';
  return /^https?:\/\//i.test(url) ? url : null;
};
