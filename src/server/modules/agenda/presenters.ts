import type { Booking, PublicEvent, StaffEvent } from '../../../common/agenda/schemas.js';
import { missingTranslations } from '../../../common/agenda/rules.js';
import type { BookingStatus, EventStatus, EventType, RegistrationMode } from '../../../common/agenda/vocabulary.js';
import type { Audience, Field, Language } from '../../../common/domain.js';
import type { agendaEvents, eventRegistrations, roomBookings } from '../../db/schema/index.js';

export type BookingRow = typeof roomBookings.$inferSelect;
export type EventRow = typeof agendaEvents.$inferSelect;
export type RegistrationRow = typeof eventRegistrations.$inferSelect;
export type OrganisationRef = { id: string; slug: string; name: string };

export const presentBooking = (b: BookingRow, roomName: string): Booking => ({
  id: b.id,
  roomId: b.roomId,
  roomName,
  organisationId: b.organisationId,
  seriesId: b.seriesId,
  title: b.title,
  startsAt: b.startsAt.toISOString(),
  endsAt: b.endsAt.toISOString(),
  setupMinutes: b.setupMinutes,
  cleardownMinutes: b.cleardownMinutes,
  status: b.status as BookingStatus,
  note: b.note,
});

export function presentPublicEvent(e: EventRow, roomName: string, organisers: OrganisationRef[]): PublicEvent {
  return {
    id: e.id,
    type: e.type as EventType,
    title: e.title,
    description: e.description,
    organisers,
    fields: e.fields as Field[],
    audiences: e.audiences as Audience[],
    language: e.language as Language,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    roomName,
    capacity: e.capacity,
    registrationMode: e.registrationMode as RegistrationMode,
    placesLeft: Math.max(0, e.capacity - e.confirmedSeats),
    waitlisted: e.waitlistedSeats,
    status: e.status as EventStatus,
    missingTranslations: missingTranslations(e.title, e.description),
  };
}

export const presentStaffEvent = (e: EventRow, roomName: string, organisers: OrganisationRef[]): StaffEvent => ({
  ...presentPublicEvent(e, roomName, organisers),
  bookingId: e.bookingId,
  ownerOrganisationId: e.ownerOrganisationId,
  confirmed: e.confirmedSeats,
  walkIns: e.walkIns,
  checkedIn: e.checkedIn,
});

export const presentRegistration = (r: RegistrationRow) => ({
  id: r.id,
  nickname: r.nickname,
  seats: r.seats,
  status: r.status as 'confirmed' | 'waitlisted' | 'cancelled',
  checkedIn: r.checkedInAt !== null,
  hasEmail: r.email !== null,
  createdAt: r.createdAt.toISOString(),
});
