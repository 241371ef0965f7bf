import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SEARCH_FACETS, type SearchFacets, type SearchResult } from '../../../common/catalogue/schemas.js';
import { formatDateTime } from '../../../common/format.js';
import { usePublicSite } from '../../api/site-queries.js';
import { useLanguage } from '../../i18n/use-language.js';
import { Loading } from '../../ui/loading.js';
import { QueryFailed } from '../../ui/query-state.js';
import { EscoAttribution } from './esco-attribution.js';
import { type FilterChoice, FilterForm } from './filter-form.js';
import { langAttr } from './lang-attr.js';
import { occupationPath, offerPath, skillId, useSearch } from './portal-api.js';
import { SearchForm } from './search-form.js';

const TYPES = ['occupation', 'training', 'vacancy', 'service', 'guide', 'event', 'skill'] as const;
type Item = SearchResult['items'][number];

const pathOf = (item: Item) => {
  if (item.type === 'occupation') return occupationPath(item.escoUri ?? '');
  if (item.type === 'skill') return `/portal/transitions?skills=${skillId(item.escoUri ?? '')}`;
  if (item.type === 'event') return `/agenda/events/${item.id ?? ''}`;
  return offerPath(item.type, item.id ?? '');
};

/** What to look for: occupations by default, or one kind of partner offer, the centre's events, or skills. */
function TypeChoice({ q, type }: { q: string; type: string }) {
  const { t } = useTranslation('catalogue');
  return (
    <nav className="portal-types" aria-label={t('search.typeLabel')}>
      <ul>
        {TYPES.map((k) => (
          <li key={k}>
            <Link
              to={`/portal/search?${new URLSearchParams(k === 'occupation' ? { q } : { q, type: k })}`}
              aria-current={k === type ? 'page' : undefined}
            >
              {t(`search.type.${k}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The facets of the offers or events found: their language, organisation and field, each with its count. */
function SearchFilters({ found }: { found: SearchFacets | undefined }) {
  const { t } = useTranslation('catalogue');
  const choices: FilterChoice[] = [
    {
      name: 'language',
      label: t('list.language'),
      any: t('list.anyLanguage'),
      options: (found?.language ?? []).map((f) => ({
        value: f.value,
        label: t(`common:language.name.${f.value}`, { defaultValue: f.value }),
        lang: f.value,
        count: f.count,
      })),
    },
    {
      name: 'organisation',
      label: t('list.organisation'),
      any: t('list.anyOrganisation'),
      options: (found?.organisation ?? []).map((f) => ({ value: f.value, label: f.label, count: f.count })),
    },
    {
      name: 'field',
      label: t('search.field'),
      any: t('search.anyField'),
      options: (found?.field ?? []).map((f) => ({
        value: f.value,
        label: t(`common:field.${f.value}.label`),
        count: f.count,
      })),
    },
  ];
  return <FilterForm choices={choices} keep={['q', 'type']} />;
}

export function SearchPage() {
  const { t } = useTranslation('catalogue');
  const { current } = useLanguage();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const asked = params.get('type') ?? 'occupation';
  const type = (TYPES as readonly string[]).includes(asked) ? asked : 'occupation';
  const facets = Object.fromEntries(
    SEARCH_FACETS.flatMap((name) => {
      const v = params.get(name);
      return v ? [[name, v]] : [];
    }),
  );
  const result = useSearch(q, current, type, facets);
  const timeZone = usePublicSite().data?.timeZone ?? 'Europe/Brussels';
  return (
    <main id="main" className="portal-main">
      <h1>{q ? t('search.resultsFor', { q }) : t('search.title')}</h1>
      <SearchForm key={q} initial={q} type={type} />
      {q && <TypeChoice q={q} type={type} />}
      {q && type !== 'occupation' && type !== 'skill' && <SearchFilters found={result.data?.facets} />}
      {result.isLoading && <Loading />}
      {result.isError && <QueryFailed error={result.error} onRetry={() => void result.refetch()} />}
      {result.data && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t(`search.count.${type}`, { count: result.data.items.length })}</h2>
          {result.data.items.length === 0 ? (
            <p>{t('search.none')}</p>
          ) : (
            <ol className="portal-results">
              {result.data.items.map((item) => (
                <li key={item.escoUri ?? item.id}>
                  <Link to={pathOf(item)} lang={langAttr(item.titleLang, current)}>
                    {item.title}
                  </Link>
                  {item.startsAt && (
                    <>
                      {' · '}
                      <time dateTime={item.startsAt}>{formatDateTime(item.startsAt, current, timeZone)}</time>
                    </>
                  )}
                </li>
              ))}
            </ol>
          )}
          {(type === 'occupation' || type === 'skill') && <EscoAttribution />}
        </section>
      )}
    </main>
  );
}
