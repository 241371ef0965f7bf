import { createEvents, type EventAttributes } from 'ics';
import { zonedInstant } from '../../../common/agenda/rules.js';
import type { PublishedShift } from './me.service.js';

const PRODUCT = 'atrium/roster';

const TITLES: Record<string, string> = { reception: 'Accueil / Onthaal', steward: 'Steward' };
const title = (activity: string) =>
  TITLES[activity] ?? `Conseil / Advies: ${activity.startsWith('counselling:') ? activity.slice(12) : activity}`;

/** A person's published shifts as an iCalendar feed (times in UTC from each site's zone). */
export function shiftsCalendar(shifts: PublishedShift[], name: string): string {
  if (shifts.length === 0) {
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT}`, `X-WR-CALNAME:${name}`, 'END:VCALENDAR', ''].join(
      '\r\n',
    );
  }
  const events: EventAttributes[] = shifts.map((s) => ({
    uid: `${s.planId}-${s.date}-${s.part}@atrium`,
    start: zonedInstant(s.date, s.start, s.timeZone).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: zonedInstant(s.date, s.end, s.timeZone).getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: title(s.activity),
    location: s.siteName,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  }));
  const { error, value } = createEvents(events, { productId: PRODUCT, calName: name });
  if (error || !value) throw error ?? new Error('calendar generation failed');
  return value;
}
