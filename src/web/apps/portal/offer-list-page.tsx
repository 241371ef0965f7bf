import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CATALOGUE_LANGS } from '../../../common/catalogue/languages.js';
import type { Listings, OfferKind } from '../../../common/catalogue/portal-schemas.js';
import { useLanguage } from '../../i18n/use-language.js';
import { Loading } from '../../ui/loading.js';
import { QueryFailed } from '../../ui/query-state.js';
import { CounsellorHint } from './counsellor-hint.js';
import { type FilterChoice, FilterForm } from './filter-form.js';
import { KIND_FIELDS } from './kind-fields.js';
import { OfferSummaryList } from './offer-summary-list.js';
import { OFFER_PATHS, useListings } from './portal-api.js';

const PAGE = 20;

/** Language and organisation filters. */
function Filters({ data }: { data: Listings | undefined }) {
  const { t } = useTranslation('catalogue');
  const choices: FilterChoice[] = [
    {
      name: 'language',
      label: t('list.language'),
      any: t('list.anyLanguage'),
      options: CATALOGUE_LANGS.map((l) => ({ value: l, label: t(`common:language.name.${l}`), lang: l })),
    },
    {
      name: 'organisation',
      label: t('list.organisation'),
      any: t('list.anyOrganisation'),
      options: (data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name, count: o.count })),
    },
  ];
  return <FilterForm choices={choices} />;
}

/** Published trainings, vacancies, services or guides of every partner, filtered, a page at a time. */
export function OfferListPage({ kind }: { kind: OfferKind }) {
  const { t } = useTranslation('catalogue');
  const { current } = useLanguage();
  const [params] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const query = new URLSearchParams({ kind, lang: current, limit: String(PAGE), offset: String(offset) });
  for (const key of ['language', 'organisation']) {
    const v = params.get(key);
    if (v) query.set(key, v);
  }
  const list = useListings(query);
  const pageLink = (to: number) => {
    const next = new URLSearchParams(params);
    if (to > 0) next.set('offset', String(to));
    else next.delete('offset');
    return `/portal/${OFFER_PATHS[kind]}?${next}`;
  };
  const total = list.data?.total ?? 0;
  return (
    <main id="main" className="portal-main">
      <h1>{t(`list.title.${kind}`)}</h1>
      <p>{t(`list.intro.${kind}`)}</p>
      <Filters data={list.data} />
      {list.isLoading && <Loading />}
      {list.isError && <QueryFailed error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <section aria-labelledby="list-heading">
          <h2 id="list-heading">{t('list.count', { count: total })}</h2>
          {list.data.items.length === 0 ? <p>{t('list.none')}</p> : <OfferSummaryList items={list.data.items} />}
          {total > PAGE && (
            <nav className="portal-pages" aria-label={t('list.pages')}>
              {offset > 0 && <Link to={pageLink(Math.max(0, offset - PAGE))}>{t('list.previous')}</Link>}
              <span>{t('list.pageOf', { page: Math.floor(offset / PAGE) + 1, pages: Math.ceil(total / PAGE) })}</span>
              {offset + PAGE < total && <Link to={pageLink(offset + PAGE)}>{t('list.next')}</Link>}
            </nav>
          )}
        </section>
      )}
      <CounsellorHint fields={KIND_FIELDS[kind]} />
    </main>
  );
}
