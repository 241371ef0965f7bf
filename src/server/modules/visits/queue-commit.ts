import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, isServerDatabase } from '../../db/client.js';

/**
 * The one place that decides how walk-in queue writes commit: issuing a ticket, calling the next client,
 * starting and ending a session, with their events. On a PostgreSQL server they commit with
 * `synchronous_commit = off` for their own transaction only; every other write stays synchronous.
 *
 * Why: their events are announced with NOTIFY, and PostgreSQL holds one cluster-wide lock from a
 * notifying commit until that commit's WAL flush, so 200 desks and the kiosks queue behind one another's
 * disk flushes (call-next p99 in seconds). An asynchronous commit releases that lock without waiting.
 *
 * What it costs: a crash of the PostgreSQL server itself (not of Atrium) can lose up to about the last
 * 0.6 s of these queue actions (3 × wal_writer_delay); what survives is consistent, as after any crash.
 * Atrium's kill -9 guarantee is unchanged: a commit it has answered is already in the server's memory.
 * On PGlite the database lives in Atrium's process (and has no WAL writer), so this does nothing there.
 */
export async function relaxQueueCommit(tx: DbOrTx): Promise<void> {
  if (isServerDatabase(tx)) await tx.execute(sql`set local synchronous_commit = off`);
}

/**
 * The same for a write that is one statement (its own transaction): a column to add to its select list.
 * It must be evaluated for the setting to hold, so put it where the statement returns a row when it wrote.
 */
export function relaxedCommitColumn(db: DbOrTx): SQL {
  return isServerDatabase(db) ? sql`set_config('synchronous_commit', 'off', true)` : sql`null`;
}
