import type { EventType } from '../../../common/agenda/vocabulary.js';
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import type { Db } from '../../db/client.js';
import { agendaEvents, eventRegistrations } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { randomToken, sha256 } from '../../platform/auth/tokens.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import { loadEvent } from './events.service.js';
import { organisationDirectory } from './organisers.js';
import { authorize } from './policy.js';
import { presentRegistration } from './presenters.js';
import { lockEvent } from './registrations.service.js';

async function organiserEvent(db: Db, actor: StaffPrincipal, siteId: SiteId, eventId: string) {
  const event = await loadEvent(db, siteId, eventId);
  authorize(actor, 'event.checkin', { siteId, organisationId: event.ownerOrganisationId });
  return event;
}

/** The organiser's list at the door (nicknames only; whether an e-mail was given, never the address). */
export async function listRegistrations(db: Db, actor: StaffPrincipal, siteId: SiteId, eventId: string) {
  await organiserEvent(db, actor, siteId, eventId);
  const rows = await db
    .select()
    .from(eventRegistrations)
    .where(eq(eventRegistrations.eventId, eventId))
    .orderBy(asc(eventRegistrations.seq));
  return rows.map(presentRegistration);
}

/** Ticks (or unticks) someone at the door; the event's check-in count follows under its row lock. */
export async function setCheckIn(
  db: Db,
  actor: StaffPrincipal,
  siteId: SiteId,
  eventId: string,
  registrationId: string,
  checkedIn: boolean,
) {
  await organiserEvent(db, actor, siteId, eventId);
  return db.transaction(async (tx) => {
    await lockEvent(tx, eventId, siteId);
    const [reg] = await tx
      .select()
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.id, registrationId), eq(eventRegistrations.eventId, eventId)));
    if (!reg) throw notFound();
    if (reg.status !== 'confirmed')
      throw new DomainError('validation.failed', { fieldErrors: [{ field: 'checkedIn', code: 'invalid_value' }] });
    if ((reg.checkedInAt !== null) === checkedIn) return presentRegistration(reg);
    const [row] = await tx
      .update(eventRegistrations)
      .set({ checkedInAt: checkedIn ? new Date() : null })
      .where(eq(eventRegistrations.id, registrationId))
      .returning();
    await tx
      .update(agendaEvents)
      .set({ checkedIn: sql`${agendaEvents.checkedIn} + ${checkedIn ? reg.seats : -reg.seats}` })
      .where(eq(agendaEvents.id, eventId));
    await recordAudit(tx, actor, { action: 'event.check_in', targetType: 'event', targetId: eventId, siteId });
    await recordEvent(tx, siteId, 'registration.changed', { eventId });
    if (!row) throw notFound();
    return presentRegistration(row);
  });
}

/** People who came without registering, counted at the door. */
export async function setWalkIns(db: Db, actor: StaffPrincipal, siteId: SiteId, eventId: string, walkIns: number) {
  await organiserEvent(db, actor, siteId, eventId);
  await db.transaction(async (tx) => {
    await lockEvent(tx, eventId, siteId);
    await tx.update(agendaEvents).set({ walkIns, updatedAt: new Date() }).where(eq(agendaEvents.id, eventId));
    await recordAudit(tx, actor, { action: 'event.walk_ins', targetType: 'event', targetId: eventId, siteId });
    await recordEvent(tx, siteId, 'agenda_event.changed', { eventId });
  });
  return { walkIns };
}

/** A closed group: the organising partner registers N people under one name. */
export async function registerGroup(
  db: Db,
  actor: StaffPrincipal,
  siteId: SiteId,
  eventId: string,
  input: { nickname: string; seats: number },
) {
  await organiserEvent(db, actor, siteId, eventId);
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId, siteId);
    if (event.registrationMode !== 'closed_group' || event.status === 'cancelled')
      throw new DomainError('event.not_open');
    if (event.confirmedSeats + input.seats > event.capacity) {
      throw new DomainError('validation.failed', {
        fieldErrors: [{ field: 'seats', code: 'too_big', params: { maximum: event.capacity - event.confirmedSeats } }],
      });
    }
    const [row] = await tx
      .insert(eventRegistrations)
      .values({
        eventId,
        nickname: input.nickname,
        language: event.language,
        seats: input.seats,
        organisationId: actor.organisationId,
        tokenHash: sha256(randomToken(16)),
        status: 'confirmed',
      })
      .returning();
    await tx
      .update(agendaEvents)
      .set({ confirmedSeats: sql`${agendaEvents.confirmedSeats} + ${input.seats}` })
      .where(eq(agendaEvents.id, eventId));
    await recordAudit(tx, actor, { action: 'event.group', targetType: 'event', targetId: eventId, siteId });
    await recordEvent(tx, siteId, 'registration.changed', { eventId });
    if (!row) throw notFound();
    return presentRegistration(row);
  });
}

/** Anonymous records per event (no nicknames, no e-mails), for the statistics module. */
export async function eventRecords(db: Db, siteId: SiteId, from: Date, to: Date) {
  const rows = await db
    .select()
    .from(agendaEvents)
    .where(and(eq(agendaEvents.siteId, siteId), gte(agendaEvents.startsAt, from), lt(agendaEvents.startsAt, to)))
    .orderBy(asc(agendaEvents.startsAt));
  const orgs = await organisationDirectory(db, 'en');
  return rows.map((e) => ({
    eventId: e.id,
    type: e.type as EventType,
    startsAt: e.startsAt.toISOString(),
    fields: e.fields,
    audiences: e.audiences,
    organisers: orgs.refs(e.organiserIds).map((o) => o.slug),
    capacity: e.capacity,
    registrations: e.confirmedSeats,
    waitlist: e.waitlistedSeats,
    attendance: e.checkedIn + e.walkIns,
    walkIns: e.walkIns,
    noShows: e.endsAt < new Date() ? Math.max(0, e.confirmedSeats - e.checkedIn) : 0,
  }));
}
