import { type SQL, sql } from 'drizzle-orm';
import type { SiteEventType } from '../../../common/events.js';
import type { SiteId } from '../../../common/ids.js';
import type { DbOrTx } from '../../db/client.js';

export const EVENTS_CHANNEL = 'atrium_events';
const MAX_NOTIFY_BYTES = 7000;

export type NewEvent = { type: SiteEventType; data: Record<string, unknown> };

/**
 * Records domain events inside the caller's transaction and announces each with NOTIFY, which
 * PostgreSQL (and PGlite) deliver only when that transaction commits: a rolled-back change is
 * never announced, and every server instance listening on the channel hears a committed one.
 * One round trip however many events: the insert and the notifications are one statement.
 * A payload too large for NOTIFY is announced by reference and read back by the listener.
 */
/**
 * For a statement that inserts events itself: `p as (…)`, one row per event of `inserted` (a CTE
 * returning `id, type, data, at`) with its notification sent; select from `p` to send them.
 */
export function notifiedEvents(siteId: SiteId, inserted: SQL) {
  return sql`p as (
      select id, pg_notify(${EVENTS_CHANNEL}, case when octet_length(body) <= ${MAX_NOTIFY_BYTES} then body
               else json_build_object('id', id::text, 'siteId', ${siteId}::text, 'ref', true)::text end) as notified
        from (select id, json_build_object(
               'id', id::text, 'siteId', ${siteId}::text, 'type', type,
               'at', to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'data', data)::text as body
                from ${inserted}) b
    )`;
}

export async function recordEvents(tx: DbOrTx, siteId: SiteId, events: NewEvent[]): Promise<number[]> {
  if (events.length === 0) return [];
  const batch = JSON.stringify(events.map((e) => ({ type: e.type, data: e.data })));
  const result = (await tx.execute(sql`
    with e as (
      insert into domain_events (site_id, type, data)
      select ${siteId}::uuid, t.item->>'type', t.item->'data'
        from jsonb_array_elements(${batch}::jsonb) with ordinality as t(item, n)
        order by t.n
      returning id, type, data, at
    ),
    ${notifiedEvents(siteId, sql`e`)}
    select id from p order by id`)) as unknown as { rows: { id: string | number }[] };
  return result.rows.map((r) => Number(r.id));
}

export async function recordEvent(tx: DbOrTx, siteId: SiteId, type: SiteEventType, data: Record<string, unknown>) {
  const [id] = await recordEvents(tx, siteId, [{ type, data }]);
  return id as number;
}
