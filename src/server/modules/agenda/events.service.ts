import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { EventInput, eventPatchSchema } from '../../../common/agenda/schemas.js';
import type { Language } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import type { Db } from '../../db/client.js';
import { agendaEvents, eventRegistrations, roomBookings } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError, findPgError, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import { getRoom } from '../sites/places.service.js';
import { getBooking, roomNames } from './bookings.service.js';
import type { AgendaNotifier } from './notify.js';
import { organisationDirectory } from './organisers.js';
import { authorize, seesAllOrganisations } from './policy.js';
import { type EventRow, presentStaffEvent } from './presenters.js';
import { promoteWaitlist } from './waitlist.js';

const invalid = (field: string) =>
  new DomainError('validation.failed', { fieldErrors: [{ field, code: 'invalid_value' }] });

export async function loadEvent(db: Db, siteId: SiteId, id: string): Promise<EventRow> {
  const [row] = await db
    .select()
    .from(agendaEvents)
    .where(and(eq(agendaEvents.id, id), eq(agendaEvents.siteId, siteId)));
  if (!row) throw notFound();
  return row;
}

async function present(db: Db, siteId: SiteId, rows: EventRow[], language: Language) {
  const [names, orgs, bookings] = await Promise.all([
    roomNames(db, siteId),
    organisationDirectory(db, language),
    db
      .select({ id: roomBookings.id, roomId: roomBookings.roomId })
      .from(roomBookings)
      .where(
        rows.length > 0
          ? inArray(
              roomBookings.id,
              rows.map((r) => r.bookingId),
            )
          : sql`false`,
      ),
  ]);
  const roomOf = new Map(bookings.map((b) => [b.id, b.roomId]));
  return rows.map((e) =>
    presentStaffEvent(e, names.get(roomOf.get(e.bookingId) ?? '') ?? '', orgs.refs(e.organiserIds)),
  );
}

export async function presentEvent(db: Db, siteId: SiteId, row: EventRow, language: Language) {
  const [view] = await present(db, siteId, [row], language);
  if (!view) throw notFound();
  return view;
}

/** The organisation of an approved booking publishes an event in it (capacity within the room's). */
export async function createEvent(
  db: Db,
  actor: StaffPrincipal,
  siteId: SiteId,
  input: EventInput,
  language: Language,
  now = new Date(),
) {
  const booking = await getBooking(db, siteId, input.bookingId).catch(() => {
    throw invalid('bookingId');
  });
  authorize(actor, 'event.manage', { siteId, organisationId: booking.organisationId });
  if (booking.status !== 'approved') throw new DomainError('booking.not_approved');
  if (booking.startsAt <= now) throw new DomainError('event.in_past');
  const room = await getRoom(db, siteId, booking.roomId);
  if (!room) throw notFound();
  if (input.capacity > room.capacity) {
    throw new DomainError('event.capacity_above_room', {
      params: { max: room.capacity },
      fieldErrors: [{ field: 'capacity', code: 'too_big', params: { maximum: room.capacity } }],
    });
  }
  const orgs = await organisationDirectory(db, language);
  if (!input.organiserIds.every(orgs.exists)) throw invalid('organiserIds');
  const organiserIds = [...new Set([booking.organisationId, ...input.organiserIds])];
  const row = await db
    .transaction(async (tx) => {
      const [inserted] = await tx
        .insert(agendaEvents)
        .values({
          siteId,
          bookingId: booking.id,
          ownerOrganisationId: booking.organisationId,
          organiserIds,
          type: input.type,
          title: input.title,
          description: input.description,
          fields: input.fields,
          audiences: input.audiences,
          language: input.language,
          capacity: input.capacity,
          registrationMode: input.registrationMode,
          status: input.publish && input.type !== 'internal_meeting' ? 'published' : 'draft',
          startsAt: booking.startsAt,
          endsAt: booking.endsAt,
        })
        .returning();
      if (!inserted) throw notFound();
      await recordAudit(tx, actor, { action: 'event.create', targetType: 'event', targetId: inserted.id, siteId });
      await recordEvent(tx, siteId, 'agenda_event.changed', { eventId: inserted.id });
      return inserted;
    })
    .catch((error: unknown) => {
      if (findPgError(error)?.code === '23505') throw new DomainError('event.booking_taken');
      throw error;
    });
  return presentEvent(db, siteId, row, language);
}

/** Edits an event; a larger capacity promotes people from the waitlist at once. */
export async function updateEvent(
  db: Db,
  notifier: AgendaNotifier,
  actor: StaffPrincipal,
  siteId: SiteId,
  id: string,
  patch: z.infer<typeof eventPatchSchema>,
  language: Language,
) {
  const current = await loadEvent(db, siteId, id);
  authorize(actor, 'event.manage', { siteId, organisationId: current.ownerOrganisationId });
  if (patch.capacity !== undefined) {
    const booking = await getBooking(db, siteId, current.bookingId);
    const room = await getRoom(db, siteId, booking.roomId);
    if (room && patch.capacity > room.capacity) {
      throw new DomainError('event.capacity_above_room', { params: { max: room.capacity } });
    }
  }
  const { promoted, cancelled, row } = await db.transaction(async (tx) => {
    const [locked] = await tx.select().from(agendaEvents).where(eq(agendaEvents.id, id)).for('update');
    if (!locked) throw notFound();
    if (patch.capacity !== undefined && patch.capacity < locked.confirmedSeats) throw invalid('capacity');
    if (patch.status === 'published' && locked.type === 'internal_meeting') throw invalid('status');
    const [updated] = await tx
      .update(agendaEvents)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(agendaEvents.id, id))
      .returning();
    if (!updated) throw notFound();
    const promotedIds = await promoteWaitlist(tx, updated);
    // Everyone still registered is told when the event is cancelled.
    const toTell =
      patch.status === 'cancelled' && locked.status !== 'cancelled'
        ? await tx
            .select()
            .from(eventRegistrations)
            .where(
              and(eq(eventRegistrations.eventId, id), inArray(eventRegistrations.status, ['confirmed', 'waitlisted'])),
            )
        : [];
    await recordAudit(tx, actor, {
      action: 'event.update',
      targetType: 'event',
      targetId: id,
      siteId,
      detail: { fields: Object.keys(patch) },
    });
    await recordEvent(tx, siteId, 'agenda_event.changed', { eventId: id });
    const [fresh] = await tx.select().from(agendaEvents).where(eq(agendaEvents.id, id));
    return { promoted: promotedIds, cancelled: toTell, row: fresh ?? updated };
  });
  for (const registration of promoted) await notifier.registrationMail('promoted', registration, row);
  for (const registration of cancelled) await notifier.registrationMail('cancelled', registration, row);
  return presentEvent(db, siteId, row, language);
}

/** Events for the staff screens: managers see all, partners their organisation's. */
export async function listStaffEvents(db: Db, actor: StaffPrincipal, siteId: SiteId, language: Language) {
  const own = seesAllOrganisations(actor, siteId)
    ? sql`true`
    : sql`${agendaEvents.ownerOrganisationId} = ${actor.organisationId} or ${actor.organisationId} = any(${agendaEvents.organiserIds})`;
  const rows = await db
    .select()
    .from(agendaEvents)
    .where(and(eq(agendaEvents.siteId, siteId), own))
    .orderBy(asc(agendaEvents.startsAt))
    .limit(500);
  return present(db, siteId, rows, language);
}

export async function staffEvent(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string, language: Language) {
  const row = await loadEvent(db, siteId, id);
  const organiser = row.ownerOrganisationId === actor.organisationId || row.organiserIds.includes(actor.organisationId);
  if (!organiser && !seesAllOrganisations(actor, siteId)) throw notFound();
  return presentEvent(db, siteId, row, language);
}
