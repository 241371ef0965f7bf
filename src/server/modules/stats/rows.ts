import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';

/** Runs raw SQL and returns its rows typed as `T` (both drivers return `{ rows }`). */
export async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
