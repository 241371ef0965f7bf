/** Changing tickets and recording one event per changed ticket in one statement (walk-in queue writes). */
import { type Column, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { SiteEventType } from '../../../common/events.js';
import type { SiteId } from '../../../common/ids.js';
import type { DbOrTx } from '../../db/client.js';
import { tickets } from '../../db/schema/index.js';
import { notifiedEvents } from '../../platform/events/record.js';
import { relaxedCommitColumn } from './queue-commit.js';

export type TicketRow = typeof tickets.$inferSelect;

const ticketColumns: [string, Column][] = Object.entries(getTableColumns(tickets));

/** A ticket row from `row_to_json`, mapped as Drizzle maps a selected row. */
function ticketFromJson(json: Record<string, unknown>): TicketRow {
  const row: Record<string, unknown> = {};
  for (const [key, column] of ticketColumns) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as TicketRow;
}

/**
 * Changes tickets and records one event per changed ticket in one statement (one round trip, and on
 * its own one transaction): `set` and `where` use the table's column names, qualified as `tickets.`
 * where `x` (the rows of `batch`, typed by `columns`) has the same name; `data` is the event's data as
 * SQL over `c`, the changed row. Each event is announced with NOTIFY at commit. Only walk-in queue
 * writes use it (calling, starting and ending a session): when it changed a ticket, the transaction
 * commits asynchronously on a PostgreSQL server, the caller's transaction too (see queue-commit.ts).
 */
export async function changeTickets(
  db: DbOrTx,
  siteId: SiteId,
  change: { set: SQL; where: SQL; type: SiteEventType; data: SQL; batch?: { rows: unknown[]; columns: SQL } },
): Promise<TicketRow[]> {
  const { set, where, type, data, batch } = change;
  const from = batch
    ? sql`from (select * from jsonb_to_recordset(${JSON.stringify(batch.rows)}::jsonb) as x(${batch.columns})) x`
    : sql``;
  const result = (await db.execute(sql`
    with c as (update tickets set ${set} ${from} where ${where} returning tickets.*),
    e as (
      insert into domain_events (site_id, type, data)
      select ${siteId}::uuid, ${type}::text, ${data} from c order by c.id
      returning id, type, data, at
    ),
    ${notifiedEvents(siteId, sql`e`)}
    select row_to_json(c)::text as row, (select count(*) from p) as notified, ${relaxedCommitColumn(db)} as relaxed
      from c`)) as unknown as {
    rows: { row: string }[];
  };
  return result.rows.map((r) => ticketFromJson(JSON.parse(r.row) as Record<string, unknown>));
}
