import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useLanguage } from '../../i18n/use-language.js';
import { Loading } from '../../ui/loading.js';
import { QueryFailed } from '../../ui/query-state.js';
import { EscoAttribution } from './esco-attribution.js';
import { occupationPath, useSearch } from './portal-api.js';
import { SearchForm } from './search-form.js';

export function SearchPage() {
  const { t } = useTranslation('catalogue');
  const { current } = useLanguage();
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const result = useSearch(q, current);
  return (
    <main id="main" className="portal-main">
      <h1>{q ? t('search.resultsFor', { q }) : t('search.title')}</h1>
      <SearchForm key={q} initial={q} />
      {result.isLoading && <Loading />}
      {result.isError && <QueryFailed error={result.error} onRetry={() => void result.refetch()} />}
      {result.data && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t('search.count', { count: result.data.items.length })}</h2>
          {result.data.items.length === 0 ? (
            <p>{t('search.none')}</p>
          ) : (
            <ol className="portal-results">
              {result.data.items.map((item) => (
                <li key={item.escoUri ?? item.id}>
                  <Link
                    to={occupationPath(item.escoUri ?? '')}
                    lang={item.titleLang === current ? undefined : item.titleLang}
                  >
                    {item.title}
                  </Link>
                </li>
              ))}
            </ol>
          )}
          <EscoAttribution />
        </section>
      )}
    </main>
  );
}
