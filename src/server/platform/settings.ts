import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { settings } from '../db/schema/index.js';

/**
 * An instance-wide setting, created on first use (e.g. generated keys). Stored in the database so
 * every server instance shares it; the first writer wins if two start at once.
 */
export async function getOrCreateSetting<T>(db: DbOrTx, key: string, make: () => T): Promise<T> {
  const [existing] = await db.select().from(settings).where(eq(settings.key, key));
  if (existing) return existing.value as T;
  await db.insert(settings).values({ key, value: make() }).onConflictDoNothing();
  const [row] = await db.select().from(settings).where(eq(settings.key, key));
  if (!row) throw new Error(`setting ${key} could not be stored`);
  return row.value as T;
}
