import type { BookingRequest } from '../../../common/agenda/schemas.js';
import { blockedRange, weeklyDates, withinOpeningHours, zonedInstant } from '../../../common/agenda/rules.js';
import { AGENDA_LIMITS } from '../../../common/agenda/vocabulary.js';
import { siteParts } from '../../../common/site-time.js';
import { DomainError } from '../../platform/errors.js';
import type { SiteRow } from '../sites/sites.service.js';

export type Slot = { startsAt: Date; endsAt: Date; blockedFrom: Date; blockedUntil: Date };

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const invalid = (field: string, code: string) =>
  new DomainError('validation.failed', { fieldErrors: [{ field, code }] });

/**
 * The slots a request asks for (one, or one per week until `weekly.until` minus exceptions), each
 * checked: in the future, of a sensible length, and inside the opening hours with its buffers.
 */
export function requestedSlots(site: SiteRow, input: BookingRequest, now: Date): Slot[] {
  const start = new Date(input.startsAt);
  const end = new Date(input.endsAt);
  const minutes = (end.getTime() - start.getTime()) / 60_000;
  if (minutes < AGENDA_LIMITS.durationMinutes.min || minutes > AGENDA_LIMITS.durationMinutes.max) {
    throw invalid('endsAt', 'invalid');
  }
  if (start <= now) throw new DomainError('booking.in_past');
  let starts = [start];
  if (input.weekly) {
    const first = siteParts(start, site.timeZone);
    if (input.weekly.until < first.date) throw invalid('weekly.until', 'invalid');
    const dates = weeklyDates(first.date, input.weekly.until, input.weekly.exceptions);
    if (dates.length === 0 || dates.length > AGENDA_LIMITS.seriesWeeks.max) throw invalid('weekly.until', 'invalid');
    starts = dates.map((d) => zonedInstant(d, hhmm(first.minutes), site.timeZone));
  }
  return starts.map((s) => {
    const e = new Date(s.getTime() + minutes * 60_000);
    const blocked = blockedRange(s, e, input.setupMinutes, input.cleardownMinutes);
    if (!withinOpeningHours(site.openingHours, blocked.from, blocked.until, site.timeZone)) {
      throw new DomainError('booking.outside_hours');
    }
    return { startsAt: s, endsAt: e, blockedFrom: blocked.from, blockedUntil: blocked.until };
  });
}
