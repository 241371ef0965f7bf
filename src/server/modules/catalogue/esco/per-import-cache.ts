import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { rows } from '../rows.js';
import { perVersion } from '../versioned-cache.js';

async function escoVersion(db: DbOrTx): Promise<string> {
  const [version] = await rows<{ n: number; at: string | null }>(
    db,
    sql`select count(*)::int as n, max(imported_at)::text as at from catalogue_esco_imports`,
  );
  return `${version?.n ?? 0}:${version?.at ?? ''}`;
}

/** A value built from the ESCO data of one database, built again when an ESCO import has been recorded since. */
export const perEscoImport = <T>(build: (db: DbOrTx) => Promise<T>) => perVersion(escoVersion, build);
