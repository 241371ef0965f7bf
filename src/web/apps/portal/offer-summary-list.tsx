import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OfferSummary } from '../../../common/catalogue/portal-schemas.js';
import { formatCalendarDate } from '../../../common/format.js';
import { useLanguage } from '../../i18n/use-language.js';
import { langAttr } from './lang-attr.js';
import { offerPath } from './portal-api.js';

/** The line under an offer's title: organisation, place, languages it is given in, closing date. */
export function OfferMeta({ offer }: { offer: OfferSummary }) {
  const { t } = useTranslation('catalogue');
  const { current } = useLanguage();
  const parts = [offer.organisation.name, offer.place].filter(Boolean);
  return (
    <span className="portal-meta">
      {parts.join(' · ')}
      {offer.languages.map((l, i) => (
        // Language names are written in their own language (endonyms): marked for screen readers.
        <span key={l}>
          {i === 0 ? (parts.length > 0 ? ' · ' : '') : ', '}
          <span lang={langAttr(l, current)}>{t(`common:language.name.${l}`)}</span>
        </span>
      ))}
      {offer.closesOn && (
        <>
          {' · '}
          {t('offer.closesOn', { date: formatCalendarDate(offer.closesOn, current) })}
        </>
      )}
    </span>
  );
}

/** Offers as a list of links with their meta line; `extra` adds a line per offer. */
export function OfferSummaryList<T extends OfferSummary>({
  items,
  extra,
}: {
  items: T[];
  extra?: (item: T) => string | null;
}) {
  const { current } = useLanguage();
  return (
    <ul className="portal-offers">
      {items.map((o) => (
        <li key={o.id}>
          <Link to={offerPath(o.kind, o.id)} lang={langAttr(o.titleLang, current)}>
            {o.title}
          </Link>
          <OfferMeta offer={o} />
          {extra?.(o) && <span className="portal-meta">{extra(o)}</span>}
        </li>
      ))}
    </ul>
  );
}
