import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { rows } from '../rows.js';

/**
 * A value built from the ESCO data of one database (an in-memory index), kept per database and built again
 * when an ESCO import has been recorded since. A failed build is forgotten, so the next call tries again.
 */
export function perEscoImport<T>(build: (db: DbOrTx) => Promise<T>): (db: DbOrTx) => Promise<T> {
  const cache = new WeakMap<object, { key: string; value: Promise<T> }>();
  return async (db) => {
    const [version] = await rows<{ n: number; at: string | null }>(
      db,
      sql`select count(*)::int as n, max(imported_at)::text as at from catalogue_esco_imports`,
    );
    const key = `${version?.n ?? 0}:${version?.at ?? ''}`;
    const cached = cache.get(db);
    if (cached?.key === key) return cached.value;
    const value = build(db);
    cache.set(db, { key, value });
    value.catch(() => cache.delete(db));
    return value;
  };
}
