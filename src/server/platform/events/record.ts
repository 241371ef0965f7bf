import { sql } from 'drizzle-orm';
import type { SiteEventType } from '../../../common/events.js';
import type { SiteId } from '../../../common/ids.js';
import type { DbOrTx } from '../../db/client.js';
import { domainEvents } from '../../db/schema/index.js';

export const EVENTS_CHANNEL = 'atrium_events';
const MAX_NOTIFY_BYTES = 7000;

/**
 * Records a domain event inside the caller's transaction and announces it with NOTIFY, which
 * PostgreSQL (and PGlite) deliver only when that transaction commits: a rolled-back change is
 * never announced, and every server instance listening on the channel hears a committed one.
 */
export async function recordEvent(tx: DbOrTx, siteId: SiteId, type: SiteEventType, data: Record<string, unknown>) {
  const [row] = await tx.insert(domainEvents).values({ siteId, type, data }).returning();
  if (!row) throw new Error('event insert returned nothing');
  const full = JSON.stringify({ id: String(row.id), siteId, type, at: row.at.toISOString(), data });
  const payload =
    Buffer.byteLength(full) <= MAX_NOTIFY_BYTES ? full : JSON.stringify({ id: String(row.id), siteId, ref: true });
  await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${payload})`);
  return row.id;
}
