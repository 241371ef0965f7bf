import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { DataTable } from '../../../ui/data-table.js';
import { TextField } from '../../../ui/text-field.js';
import { Loading } from '../../../ui/loading.js';
import { QueryFailed } from '../../../ui/query-state.js';
import type { ResourceDef } from './resource-def.js';
import { useList } from './use-resource.js';

/** The list of one resource with a "new" button and an edit link per row. */
export function ResourceList<T>({ def }: { def: ResourceDef<T> }) {
  const { t } = useTranslation('admin');
  const location = useLocation();
  const list = useList<T>(def.listUrl);
  const [state, setState] = useState(def.filter?.initial ?? {});
  const set = (key: string, value: string) => setState((s) => ({ ...s, [key]: value }));
  const [query, setQuery] = useState('');
  const q = query.trim().toLocaleLowerCase();
  const text = def.searchText ?? def.title;
  const filtered = def.filter ? def.filter.apply(list.data ?? [], state) : (list.data ?? []);
  const items = q ? filtered.filter((item) => text(item).toLocaleLowerCase().includes(q)) : filtered;
  const flash = (location.state as { flash?: string } | null)?.flash;
  const editColumn = {
    key: 'edit',
    header: t('table.actions'),
    render: (item: T) => (
      <Link to={def.routeId(item)} className="button button-small button-secondary">
        {t('action.edit')}
        <span className="visually-hidden"> {def.title(item)}</span>
      </Link>
    ),
  };
  return (
    <section aria-labelledby="list-title">
      <div className="section-head">
        <h2 id="list-title">{t(`${def.resource}.title`)}</h2>
        <Link to="new" className="button">
          {t(`${def.resource}.new`)}
        </Link>
      </div>
      {flash && (
        <p className="notice notice-success" role="status">
          {flash}
        </p>
      )}
      <div className="filters">
        <TextField label={t('search')} name="search" value={query} onChange={setQuery} />
        {def.filter?.controls(state, set)}
      </div>
      {list.isPending && <Loading />}
      {list.isError && <QueryFailed error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <DataTable
          caption={t(`${def.resource}.title`)}
          items={items}
          columns={[...def.columns, editColumn]}
          rowKey={def.routeId}
        />
      )}
    </section>
  );
}
