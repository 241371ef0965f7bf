import { serviceDate } from '../site-time.js';

/** The catalogue is the Brussels region's: closing dates are calendar days there. */
export const CATALOGUE_TIME_ZONE = 'Europe/Brussels';

/** Today's date ("2026-11-25") where the catalogue lives. */
export const catalogueToday = (now: Date = new Date()) => serviceDate(now, CATALOGUE_TIME_ZONE);

/** An offer is open through its closing date and expired from the next day on. */
export const isPastClosing = (closesOn: string | null, today: string) => closesOn !== null && closesOn < today;

/** The state people see: a published offer past its closing date is expired, even before the round catches it. */
export function effectiveStatus<S extends string>(status: S, closesOn: string | null, today: string): S | 'expired' {
  return status === 'published' && isPastClosing(closesOn, today) ? 'expired' : status;
}
