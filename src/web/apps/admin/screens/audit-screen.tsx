import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../common/format.js';
import type { AuditEntry } from '../../../../common/schemas/audit.js';
import { api } from '../../../api/client.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { DataTable } from '../../../ui/data-table.js';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';

const PAGE = 50;

/** The audit log of staff actions, newest first, loaded 50 at a time. */
export function AuditScreen() {
  const { t } = useTranslation('admin');
  const { current } = useLanguage();
  const log = useInfiniteQuery({
    queryKey: ['admin', 'audit'],
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      api<AuditEntry[]>('GET', `/api/audit?limit=${PAGE}${pageParam ? `&before=${pageParam}` : ''}`),
    getNextPageParam: (last) => (last.length < PAGE ? undefined : Number(last[last.length - 1]?.id)),
  });
  if (log.isPending) return <Loading />;
  if (log.isError) return <QueryFailed error={log.error} />;
  const entries = log.data.pages.flat();
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <DataTable
        caption={t('audit.title')}
        items={entries}
        rowKey={(e) => e.id}
        pageSize={50}
        columns={[
          { key: 'at', header: t('audit.at'), render: (e) => formatDateTime(e.at, current, 'Europe/Brussels') },
          { key: 'actor', header: t('audit.actor'), render: (e) => e.actor ?? t('audit.system') },
          { key: 'action', header: t('audit.action'), render: (e) => <code>{e.action}</code> },
          {
            key: 'target',
            header: t('audit.target'),
            render: (e) => `${e.targetType}${e.siteSlug ? ` · ${e.siteSlug}` : ''}`,
          },
        ]}
      />
      {log.hasNextPage && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void log.fetchNextPage()}
          disabled={log.isFetchingNextPage}
        >
          {t('audit.more')}
        </button>
      )}
    </section>
  );
}
