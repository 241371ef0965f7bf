import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { DbOrTx } from '../../src/server/db/client.js';
import { relaxedCommitColumn, relaxQueueCommit } from '../../src/server/modules/visits/queue-commit.js';
import { forEachBackend } from '../support/app.js';

async function commitMode(db: DbOrTx) {
  const result = (await db.execute(sql`show synchronous_commit`)) as unknown as {
    rows: { synchronous_commit: string }[];
  };
  return result.rows[0]?.synchronous_commit;
}

forEachBackend('visits: how queue writes commit', (get) => {
  it('asynchronously on a PostgreSQL server, for their own transaction only; synchronously on PGlite', async () => {
    const { db, kind } = get().database;
    const inQueueWrite = kind === 'postgres' ? 'off' : 'on';
    expect(await commitMode(db)).toBe('on');
    expect(
      await db.transaction(async (tx) => {
        await relaxQueueCommit(tx);
        return commitMode(tx);
      }),
    ).toBe(inQueueWrite);
    expect(
      await db.transaction(async (tx) => {
        await tx.execute(sql`select ${relaxedCommitColumn(tx)} as relaxed`);
        return commitMode(tx);
      }),
    ).toBe(inQueueWrite);
    // The setting ended with its transaction: the next writes on any connection commit synchronously.
    const after = await Promise.all(Array.from({ length: 6 }, () => commitMode(db)));
    expect(after).toEqual(Array(6).fill('on'));
  });
});
