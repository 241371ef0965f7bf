import { sql } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import type { Db, Tx } from '../../db/client.js';
import { DomainError, findPgError } from '../../platform/errors.js';

/**
 * A write to the digital space: one transaction that first takes the site's space lock, so waiting-list
 * offers are computed from a consistent floor. (The one-open-use-per-station rule does not rely on it:
 * the database's partial unique index enforces that.)
 */
export function spaceTransaction<T>(db: Db, siteId: SiteId, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727006, hashtext(${siteId}))`);
    return fn(tx);
  });
}

/** A second open use of a station (or a second open help request) becomes a clear 409. */
export function mapOpenConflict(error: unknown): never {
  const e = findPgError(error);
  if (e?.code === '23505' && e.constraint === 'station_uses_open_station_key') throw new DomainError('station.busy');
  throw error;
}
