import { and, asc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { agendaSettingsSchema, BookingRequest, bookingListQuerySchema } from '../../../common/agenda/schemas.js';
import type { SiteId } from '../../../common/ids.js';
import type { Db } from '../../db/client.js';
import { agendaEvents, agendaSettings, bookingSeries, roomBookings } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError, findPgError, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import { getRoom, roomsService } from '../sites/places.service.js';
import type { SiteRow } from '../sites/sites.service.js';
import { requestedSlots } from './booking-rules.js';
import { authorize, seesAllOrganisations } from './policy.js';
import { type BookingRow, presentBooking } from './presenters.js';

/** A holding booking already covers the slot: the exclusion constraint said so. */
export function mapOverlap(error: unknown): never {
  if (findPgError(error)?.code === '23P01') throw new DomainError('room.booked');
  throw error;
}

export async function roomNames(db: Db, siteId: SiteId) {
  return new Map((await roomsService.list(db, siteId)).map((r) => [r.id, r.name]));
}

export async function getAgendaSettings(db: Db, siteId: SiteId) {
  const [row] = await db.select().from(agendaSettings).where(eq(agendaSettings.siteId, siteId));
  return { autoApprove: row?.autoApprove ?? false, autoApproveOrganisations: row?.autoApproveOrganisations ?? [] };
}

export async function saveAgendaSettings(
  db: Db,
  actor: StaffPrincipal,
  siteId: SiteId,
  input: z.infer<typeof agendaSettingsSchema>,
) {
  return db.transaction(async (tx) => {
    await tx
      .insert(agendaSettings)
      .values({ siteId, ...input })
      .onConflictDoUpdate({ target: agendaSettings.siteId, set: { ...input, updatedAt: new Date() } });
    await recordAudit(tx, actor, { action: 'agenda.settings', targetType: 'site', targetId: siteId, siteId });
    return input;
  });
}

/** A partner requests a room for their organisation (a manager may book for any organisation). */
export async function requestBooking(
  db: Db,
  actor: StaffPrincipal,
  site: SiteRow,
  siteId: SiteId,
  input: BookingRequest,
  now = new Date(),
) {
  const organisationId = input.organisationId ?? actor.organisationId;
  authorize(actor, 'booking.request', { siteId, organisationId });
  const room = await getRoom(db, siteId, input.roomId);
  if (!room) throw new DomainError('validation.failed', { fieldErrors: [{ field: 'roomId', code: 'invalid_value' }] });
  if (!room.active) throw new DomainError('room.unavailable');
  const slots = requestedSlots(site, input, now);
  const settings = await getAgendaSettings(db, siteId);
  const auto = settings.autoApprove || settings.autoApproveOrganisations.includes(organisationId);
  const rows = await db
    .transaction(async (tx) => {
      let seriesId: string | null = null;
      if (input.weekly) {
        const [series] = await tx
          .insert(bookingSeries)
          .values({ siteId, organisationId, until: input.weekly.until, exceptions: input.weekly.exceptions })
          .returning({ id: bookingSeries.id });
        seriesId = series?.id ?? null;
      }
      const inserted = await tx
        .insert(roomBookings)
        .values(
          slots.map((s) => ({
            siteId,
            roomId: room.id,
            organisationId,
            seriesId,
            title: input.title,
            ...s,
            setupMinutes: input.setupMinutes,
            cleardownMinutes: input.cleardownMinutes,
            status: auto ? 'approved' : 'requested',
            requestedBy: actor.userId,
            ...(auto ? { decidedAt: now } : {}),
          })),
        )
        .returning();
      await recordAudit(tx, actor, {
        action: 'booking.request',
        targetType: 'booking',
        targetId: inserted[0]?.id ?? null,
        siteId,
        detail: { occurrences: inserted.length, autoApproved: auto },
      });
      await recordEvent(tx, siteId, 'booking.changed', { roomId: room.id, ids: inserted.map((b) => b.id) });
      return inserted;
    })
    .catch(mapOverlap);
  return rows.map((b) => presentBooking(b, room.name));
}

async function loadBooking(db: Db, siteId: SiteId, id: string): Promise<BookingRow> {
  const [row] = await db
    .select()
    .from(roomBookings)
    .where(and(eq(roomBookings.id, id), eq(roomBookings.siteId, siteId)));
  if (!row) throw notFound();
  return row;
}

/** A manager approves or declines a request; for a series, every occurrence still requested. */
export async function decideBooking(
  db: Db,
  actor: StaffPrincipal,
  siteId: SiteId,
  id: string,
  decision: 'approve' | 'decline',
  note: string | undefined,
) {
  authorize(actor, 'booking.decide', { siteId });
  const booking = await loadBooking(db, siteId, id);
  if (booking.status !== 'requested') throw new DomainError('booking.wrong_state');
  const scope = booking.seriesId ? eq(roomBookings.seriesId, booking.seriesId) : eq(roomBookings.id, booking.id);
  const rows = await db.transaction(async (tx) => {
    const updated = await tx
      .update(roomBookings)
      .set({
        status: decision === 'approve' ? 'approved' : 'declined',
        decidedBy: actor.userId,
        decidedAt: new Date(),
        note: note ?? null,
      })
      .where(and(scope, eq(roomBookings.status, 'requested')))
      .returning();
    if (updated.length === 0) throw new DomainError('booking.wrong_state');
    await recordAudit(tx, actor, { action: `booking.${decision}`, targetType: 'booking', targetId: id, siteId });
    await recordEvent(tx, siteId, 'booking.changed', { roomId: booking.roomId, ids: updated.map((b) => b.id) });
    return updated;
  });
  const names = await roomNames(db, siteId);
  return rows.map((b) => presentBooking(b, names.get(b.roomId) ?? ''));
}

/** The organisation (or a manager) cancels a booking; an event in it is cancelled with it. */
export async function cancelBooking(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string) {
  const booking = await loadBooking(db, siteId, id);
  authorize(actor, 'booking.cancel', { siteId, organisationId: booking.organisationId });
  if (booking.status !== 'requested' && booking.status !== 'approved') throw new DomainError('booking.wrong_state');
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(roomBookings)
      .set({ status: 'cancelled' })
      .where(and(eq(roomBookings.id, id), inArray(roomBookings.status, ['requested', 'approved'])))
      .returning();
    if (!updated) throw new DomainError('booking.wrong_state');
    await tx
      .update(agendaEvents)
      .set({ status: 'cancelled', updatedAt: new Date() })
      .where(eq(agendaEvents.bookingId, id));
    await recordAudit(tx, actor, { action: 'booking.cancel', targetType: 'booking', targetId: id, siteId });
    await recordEvent(tx, siteId, 'booking.changed', { roomId: booking.roomId, ids: [id] });
    return updated;
  });
  const names = await roomNames(db, siteId);
  return presentBooking(row, names.get(row.roomId) ?? '');
}

/**
 * Bookings in a period, for the calendars. Partners see their own organisation's bookings in full
 * and other bookings only as "busy" (no title, no note).
 */
export async function listBookings(
  db: Db,
  actor: StaffPrincipal,
  siteId: SiteId,
  query: z.infer<typeof bookingListQuerySchema>,
) {
  const where: SQL[] = [eq(roomBookings.siteId, siteId)];
  if (query.from) where.push(gte(roomBookings.endsAt, new Date(`${query.from}T00:00:00Z`)));
  if (query.to) where.push(lt(roomBookings.startsAt, new Date(`${query.to}T23:59:59Z`)));
  if (query.roomId) where.push(eq(roomBookings.roomId, query.roomId));
  if (query.status) where.push(eq(roomBookings.status, query.status));
  const all = seesAllOrganisations(actor, siteId);
  const rows = await db
    .select()
    .from(roomBookings)
    .where(and(...where))
    .orderBy(asc(roomBookings.startsAt))
    .limit(500);
  const names = await roomNames(db, siteId);
  return rows
    .filter((b) => all || b.organisationId === actor.organisationId || ['requested', 'approved'].includes(b.status))
    .map((b) => {
      const view = presentBooking(b, names.get(b.roomId) ?? '');
      return all || b.organisationId === actor.organisationId ? view : { ...view, title: '', note: null };
    });
}

export async function getBooking(db: Db, siteId: SiteId, id: string) {
  return loadBooking(db, siteId, id);
}
