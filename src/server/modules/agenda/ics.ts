import { createEvents, type EventAttributes } from 'ics';
import { pickText } from '../../../common/agenda/rules.js';
import type { Booking, PublicEvent } from '../../../common/agenda/schemas.js';
import type { Language } from '../../../common/domain.js';

const PRODUCT = 'atrium/agenda';

function calendar(events: EventAttributes[], name: string): string {
  if (events.length === 0) {
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT}`, `X-WR-CALNAME:${name}`, 'END:VCALENDAR', ''].join(
      '\r\n',
    );
  }
  const { error, value } = createEvents(events, { productId: PRODUCT, calName: name });
  if (error || !value) throw error ?? new Error('calendar generation failed');
  return value;
}

/** Public events as an iCalendar file (the agenda feed, an organisation's feed, or one event). */
export function eventsCalendar(events: PublicEvent[], language: Language, name: string, baseUrl: string): string {
  return calendar(
    events.map((e) => ({
      uid: `${e.id}@atrium`,
      start: Date.parse(e.startsAt),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: Date.parse(e.endsAt),
      endInputType: 'utc',
      endOutputType: 'utc',
      title: pickText(e.title, language, e.language),
      // The link goes in the description: the ics validator refuses URLs without a public host (localhost).
      description: `${pickText(e.description, language, e.language)}\n\n${new URL(`/agenda/events/${e.id}`, baseUrl)}`,
      location: e.roomName,
      status: 'CONFIRMED',
      categories: [e.type, ...e.fields],
    })),
    name,
  );
}

/** A room's bookings (staff feed): busy blocks with the organisation's title. */
export function roomCalendar(bookings: Booking[], name: string): string {
  return calendar(
    bookings.map((b) => ({
      uid: `${b.id}@atrium`,
      start: Date.parse(b.startsAt),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: Date.parse(b.endsAt),
      endInputType: 'utc',
      endOutputType: 'utc',
      title: b.title || 'Busy',
      location: b.roomName,
      status: b.status === 'approved' ? 'CONFIRMED' : 'TENTATIVE',
      busyStatus: 'BUSY',
    })),
    name,
  );
}
