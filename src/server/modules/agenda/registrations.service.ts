import { and, count, eq, lte, sql } from 'drizzle-orm';
import type { RegistrationInput, RegistrationResult } from '../../../common/agenda/schemas.js';
import { PUBLIC_EVENT_TYPES, type EventType, type RegistrationStatus } from '../../../common/agenda/vocabulary.js';
import type { Language } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import type { Db, Tx } from '../../db/client.js';
import { agendaEvents, eventRegistrations } from '../../db/schema/index.js';
import { trustedSiteId } from '../../platform/auth/scope.js';
import { randomToken, sha256 } from '../../platform/auth/tokens.js';
import { DomainError, findPgError, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import { publicEvent } from './agenda.service.js';
import type { AgendaNotifier } from './notify.js';
import type { EventRow, RegistrationRow } from './presenters.js';
import { promoteWaitlist } from './waitlist.js';

/** Locks the event row: every change of its places runs one at a time, in arrival order. */
export async function lockEvent(tx: Tx, eventId: string, siteId?: SiteId): Promise<EventRow> {
  const where = siteId
    ? and(eq(agendaEvents.id, eventId), eq(agendaEvents.siteId, siteId))
    : eq(agendaEvents.id, eventId);
  const [event] = await tx.select().from(agendaEvents).where(where).for('update');
  if (!event) throw notFound();
  return event;
}

async function waitlistPosition(tx: Tx | Db, registration: RegistrationRow) {
  if (registration.status !== 'waitlisted') return null;
  const [row] = await tx
    .select({ n: count() })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, registration.eventId),
        eq(eventRegistrations.status, 'waitlisted'),
        lte(eventRegistrations.seq, registration.seq),
      ),
    );
  return row?.n ?? null;
}

const openForRegistration = (event: EventRow, now: Date) =>
  event.status === 'published' &&
  PUBLIC_EVENT_TYPES.includes(event.type as EventType) &&
  event.startsAt > now &&
  event.registrationMode === 'required';

/**
 * Registers someone for a public event: confirmed while places are left and nobody waits before
 * them, otherwise waitlisted. Runs under the event's row lock, so concurrent requests are served
 * strictly one after the other and confirmed places never exceed the capacity.
 */
export async function register(
  db: Db,
  notifier: AgendaNotifier,
  siteId: SiteId,
  eventId: string,
  input: RegistrationInput,
  now = new Date(),
): Promise<RegistrationResult> {
  const token = input.token ?? randomToken(16);
  const { event, registration, position } = await db
    .transaction(async (tx) => {
      const locked = await lockEvent(tx, eventId, siteId);
      if (!openForRegistration(locked, now)) throw new DomainError('event.not_open');
      const confirmed = locked.waitlistedSeats === 0 && locked.confirmedSeats + 1 <= locked.capacity;
      const status: RegistrationStatus = confirmed ? 'confirmed' : 'waitlisted';
      const [row] = await tx
        .insert(eventRegistrations)
        .values({
          eventId,
          nickname: input.nickname,
          email: input.email ?? null,
          language: input.language,
          tokenHash: sha256(token),
          status,
        })
        .returning();
      if (!row) throw notFound();
      await tx
        .update(agendaEvents)
        .set(
          confirmed
            ? { confirmedSeats: sql`${agendaEvents.confirmedSeats} + 1` }
            : { waitlistedSeats: sql`${agendaEvents.waitlistedSeats} + 1` },
        )
        .where(eq(agendaEvents.id, eventId));
      await recordEvent(tx, siteId, 'registration.changed', { eventId });
      return { event: locked, registration: row, position: await waitlistPosition(tx, row) };
    })
    .catch((error: unknown) => {
      if (findPgError(error)?.code === '23505') throw new DomainError('registration.duplicate');
      throw error;
    });
  await notifier.registrationMail(registration.status as 'confirmed' | 'waitlisted', registration, event, token);
  return { token, status: registration.status as RegistrationStatus, waitlistPosition: position, eventId };
}

export async function registrationByToken(db: Db, token: string) {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(eq(eventRegistrations.tokenHash, sha256(token)));
  if (!row) throw notFound();
  return { registration: row, position: await waitlistPosition(db, row) };
}

/** What the registration page shows: status, waitlist position, the event. */
export async function registrationView(db: Db, token: string, language: Language) {
  const { registration, position } = await registrationByToken(db, token);
  const [event] = await db
    .select({ siteId: agendaEvents.siteId })
    .from(agendaEvents)
    .where(eq(agendaEvents.id, registration.eventId));
  if (!event) throw notFound();
  return {
    token,
    status: registration.status as RegistrationStatus,
    waitlistPosition: position,
    eventId: registration.eventId,
    nickname: registration.nickname,
    event: await publicEvent(db, trustedSiteId(event.siteId), registration.eventId, language),
  };
}

/**
 * Cancels with the token from the link. A confirmed place that frees up goes to the first people
 * on the waitlist at once (in the same transaction), and they are told by e-mail.
 */
export async function cancelRegistration(db: Db, notifier: AgendaNotifier, token: string, now = new Date()) {
  const { registration } = await registrationByToken(db, token);
  const { event, promoted } = await db.transaction(async (tx) => {
    const locked = await lockEvent(tx, registration.eventId);
    const [current] = await tx
      .update(eventRegistrations)
      .set({ status: 'cancelled', cancelledAt: now })
      .where(and(eq(eventRegistrations.id, registration.id), sql`${eventRegistrations.status} <> 'cancelled'`))
      .returning();
    if (!current) throw new DomainError('registration.cancelled');
    const wasConfirmed = registration.status === 'confirmed';
    const [after] = await tx
      .update(agendaEvents)
      .set(
        wasConfirmed
          ? {
              confirmedSeats: sql`${agendaEvents.confirmedSeats} - ${registration.seats}`,
              checkedIn: sql`${agendaEvents.checkedIn} - ${registration.checkedInAt ? 1 : 0}`,
            }
          : { waitlistedSeats: sql`${agendaEvents.waitlistedSeats} - ${registration.seats}` },
      )
      .where(eq(agendaEvents.id, locked.id))
      .returning();
    const promotedRows = after ? await promoteWaitlist(tx, after, now) : [];
    await recordEvent(tx, trustedSiteId(locked.siteId), 'registration.changed', { eventId: locked.id });
    return { event: after ?? locked, promoted: promotedRows };
  });
  for (const row of promoted) await notifier.registrationMail('promoted', row, event);
  return { promoted: promoted.length };
}
