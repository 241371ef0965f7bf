import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ListingDetail, OfferKind } from '../../../common/catalogue/portal-schemas.js';
import { formatCalendarDate } from '../../../common/format.js';
import { useLanguage } from '../../i18n/use-language.js';
import { Loading } from '../../ui/loading.js';
import { QueryFailed } from '../../ui/query-state.js';
import { JsonLd } from '../agenda/json-ld.js';
import { CounsellorHint } from './counsellor-hint.js';
import { KIND_FIELDS } from './kind-fields.js';
import { langAttr } from './lang-attr.js';
import { applyUrl, hasPrintedCopy, OfferFacts } from './offer-facts.js';
import { offerJsonLd } from './offer-json-ld.js';
import { OfferMeta } from './offer-summary-list.js';
import { OFFER_PATHS, occupationPath, useListing } from './portal-api.js';

function Article({ offer }: { offer: ListingDetail }) {
  const { current } = useLanguage();
  if (!offer.description) return null;
  return (
    <div className="portal-article" lang={langAttr(offer.description.lang, current)}>
      {offer.description.text
        .split(/\n\s*\n/)
        .filter((p) => p.trim() !== '')
        .map((p, i) => (
          // Paragraphs of a fixed text: their position is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: the text never reorders
          <p key={i}>{p}</p>
        ))}
    </div>
  );
}

function Detail({ offer }: { offer: ListingDetail }) {
  const { t } = useTranslation('catalogue');
  const { current } = useLanguage();
  const apply = applyUrl(offer);
  const jsonLd = offerJsonLd(offer, window.location.href);
  return (
    <article>
      {jsonLd && <JsonLd data={jsonLd} />}
      <p className="portal-kind">{t(`offer.kind.${offer.kind}`)}</p>
      <h1 lang={langAttr(offer.titleLang, current)}>{offer.title}</h1>
      <p>
        <OfferMeta offer={offer} />
      </p>
      {offer.demo && <p className="badge">{t('offer.demo')}</p>}
      {offer.kind === 'vacancy' && (
        <div className="portal-apply">
          {offer.closesOn && (
            <p>
              <strong>{t('offer.applyBefore', { date: formatCalendarDate(offer.closesOn, current) })}</strong>
            </p>
          )}
          {apply ? (
            <a className="button" href={apply} rel="noopener noreferrer">
              {t('offer.apply')}
            </a>
          ) : (
            <p>{t('offer.applyAtCentre')}</p>
          )}
        </div>
      )}
      {offer.kind === 'guide' && hasPrintedCopy(offer) && <p className="notice notice-info">{t('offer.printed')}</p>}
      <Article offer={offer} />
      <OfferFacts offer={offer} />
      {offer.kind !== 'vacancy' && apply && (
        <p>
          <a className="button" href={apply} rel="noopener noreferrer">
            {t(`offer.more.${offer.kind}`)}
          </a>
        </p>
      )}
      {offer.occupations.length > 0 && (
        <section className="portal-block" aria-labelledby="offer-occupations">
          <h2 id="offer-occupations">{t('offer.occupations')}</h2>
          <ul className="portal-offers">
            {offer.occupations.map((o) => (
              <li key={o.escoUri}>
                <Link to={occupationPath(o.escoUri)} lang={langAttr(o.titleLang, current)}>
                  {o.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {offer.skills.length > 0 && (
        <section className="portal-block" aria-labelledby="offer-skills">
          <h2 id="offer-skills">{t(offer.kind === 'training' ? 'offer.teaches' : 'offer.skills')}</h2>
          <ul className="portal-skills">
            {offer.skills.map((s) => (
              <li key={s.escoUri} lang={langAttr(s.titleLang, current)}>
                {s.title}
              </li>
            ))}
          </ul>
        </section>
      )}
      <CounsellorHint fields={KIND_FIELDS[offer.kind]} />
    </article>
  );
}

/** One published training, vacancy, service or guide. */
export function OfferPage({ kind }: { kind: OfferKind }) {
  const { t } = useTranslation('catalogue');
  const { id = '' } = useParams();
  const { current } = useLanguage();
  const offer = useListing(id, current);
  return (
    <main id="main" className="portal-main">
      <p>
        <Link to={`/portal/${OFFER_PATHS[kind]}`}>{t(`offer.back.${kind}`)}</Link>
      </p>
      {offer.isLoading && <Loading />}
      {offer.isError && <QueryFailed error={offer.error} onRetry={() => void offer.refetch()} />}
      {offer.data && <Detail offer={offer.data} />}
    </main>
  );
}
