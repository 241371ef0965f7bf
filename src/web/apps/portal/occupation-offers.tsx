import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OfferKind } from '../../../common/catalogue/portal-schemas.js';
import { useLanguage } from '../../i18n/use-language.js';
import { OfferSummaryList } from './offer-summary-list.js';
import { OFFER_PATHS, useOccupationOffers } from './portal-api.js';

/** Partners' trainings, vacancies, services and guides linked to the occupation. */
export function OccupationOffers({ id }: { id: string }) {
  const { t } = useTranslation('catalogue');
  const { current } = useLanguage();
  const offers = useOccupationOffers(id, current);
  if (!offers.data) return null;
  const data = offers.data;
  return (
    <>
      {(Object.keys(OFFER_PATHS) as OfferKind[]).map((kind) => (
        <section key={kind} className="portal-block" aria-labelledby={`offers-${kind}`}>
          <h2 id={`offers-${kind}`}>{t(`occupation.offers.${kind}`)}</h2>
          {data[kind].length > 0 ? (
            <OfferSummaryList items={data[kind]} />
          ) : (
            <p>
              {t(`occupation.none.${kind}`)}{' '}
              <Link to={`/portal/${OFFER_PATHS[kind]}`}>{t(`occupation.all.${kind}`)}</Link>
            </p>
          )}
        </section>
      ))}
    </>
  );
}
