/** The tickets a desk session holds: the holding condition, the desk-free check, loading one locked, updating it. */
import { and, count, eq, inArray } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import type { DbOrTx } from '../../db/client.js';
import { tickets } from '../../db/schema/index.js';
import { DomainError } from '../../platform/errors.js';
import type { DeskSessionRow } from './desk.service.js';
import { wrongState } from './tickets.service.js';

/** A ticket this desk session is calling or serving (by desk first: `tickets_desk_idx`). */
export const holding = (session: DeskSessionRow) =>
  and(
    eq(tickets.deskId, session.deskId),
    eq(tickets.deskSessionId, session.id),
    inArray(tickets.status, ['called', 'in_session']),
  );

export async function assertDeskFree(tx: DbOrTx, session: DeskSessionRow) {
  const [busy] = await tx.select({ n: count() }).from(tickets).where(holding(session));
  if ((busy?.n ?? 0) > 0) throw new DomainError('desk.busy');
}

/** Loads a ticket this desk holds, locked, in one of the expected states. */
export async function heldTicket(tx: DbOrTx, session: DeskSessionRow, siteId: SiteId, id: string, states: string[]) {
  const [t] = await tx
    .select()
    .from(tickets)
    .where(and(eq(tickets.id, id), eq(tickets.siteId, siteId)))
    .for('update');
  if (!t) throw await wrongState(tx, siteId, id);
  if (t.deskSessionId !== session.id) throw new DomainError('ticket.not_held');
  if (!states.includes(t.status)) throw new DomainError('ticket.wrong_state', { params: { status: t.status } });
  return t;
}

export async function updateTicket(tx: DbOrTx, id: string, values: Partial<typeof tickets.$inferInsert>) {
  const [row] = await tx
    .update(tickets)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(tickets.id, id))
    .returning();
  if (!row) throw new Error('ticket vanished inside its transaction');
  return row;
}
