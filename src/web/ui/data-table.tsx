import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from './table-scroll.js';

export type Column<T> = { key: string; header: string; render: (item: T) => ReactNode; numeric?: boolean };
type Props<T> = { caption: string; items: T[]; columns: Column<T>[]; rowKey: (item: T) => string; pageSize?: number };

/** A compact, paged table with a caption, row headers and a polite page status. */
export function DataTable<T>({ caption, items, columns, rowKey, pageSize = 20 }: Props<T>) {
  const { t } = useTranslation('common');
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(page, pages - 1);
  const shown = items.slice(current * pageSize, (current + 1) * pageSize);
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'numeric' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="empty-row">
                {t('table.empty')}
              </td>
            </tr>
          )}
          {shown.map((item) => (
            <tr key={rowKey(item)}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row">
                    {c.render(item)}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'numeric' : undefined}>
                    {c.render(item)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav className="pager" aria-label={t('table.pages')}>
          <button
            type="button"
            className="button button-secondary"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            {t('table.previous')}
          </button>
          <span role="status">{t('table.pageOf', { page: current + 1, pages, n: items.length })}</span>
          <button
            type="button"
            className="button button-secondary"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            {t('table.next')}
          </button>
        </nav>
      )}
    </TableScroll>
  );
}
