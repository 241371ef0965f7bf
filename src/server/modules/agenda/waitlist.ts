import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { promotions } from '../../../common/agenda/rules.js';
import type { Tx } from '../../db/client.js';
import { agendaEvents, eventRegistrations } from '../../db/schema/index.js';
import type { EventRow, RegistrationRow } from './presenters.js';

/**
 * Fills free places from the waitlist in arrival order. Call it inside the transaction that holds
 * the event's row lock, with the event as it is now. Returns the promoted registrations.
 */
export async function promoteWaitlist(tx: Tx, event: EventRow, now = new Date()): Promise<RegistrationRow[]> {
  const free = event.capacity - event.confirmedSeats;
  if (free <= 0 || event.waitlistedSeats === 0 || event.startsAt <= now) return [];
  const waiting = await tx
    .select({ id: eventRegistrations.id, seats: eventRegistrations.seats })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, 'waitlisted')))
    .orderBy(asc(eventRegistrations.seq));
  const ids = promotions(free, waiting);
  if (ids.length === 0) return [];
  const promoted = await tx
    .update(eventRegistrations)
    .set({ status: 'confirmed', promotedAt: now })
    .where(inArray(eventRegistrations.id, ids))
    .returning();
  const seats = promoted.reduce((n, r) => n + r.seats, 0);
  await tx
    .update(agendaEvents)
    .set({
      confirmedSeats: sql`${agendaEvents.confirmedSeats} + ${seats}`,
      waitlistedSeats: sql`${agendaEvents.waitlistedSeats} - ${seats}`,
      updatedAt: now,
    })
    .where(eq(agendaEvents.id, event.id));
  return promoted;
}
