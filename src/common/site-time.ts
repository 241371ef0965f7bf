/**
 * Wall-clock questions about an instant in a site's time zone: which service day, which weekday,
 * what time, and whether a site is open. Pure, shared by server and browser.
 */
import { WEEKDAYS, type Weekday } from './domain.js';
import type { OpeningHours } from './schemas/shared.js';

type Parts = { date: string; weekday: Weekday; minutes: number };

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/**
 * The last answer per time zone, by UTC minute: since 2000 every zone's offset is whole minutes, so all
 * instants of one UTC minute share their local date, weekday and time (formatting is the costly part of
 * issuing a ticket).
 */
const lastParts = new Map<string, { minute: number; parts: Parts }>();
const SINCE_2000 = Date.UTC(2000, 0, 1);

export function siteParts(now: Date, timeZone: string): Parts {
  const ms = now.getTime();
  const minute = Math.floor(ms / 60_000);
  const last = lastParts.get(timeZone);
  if (last && last.minute === minute && ms >= SINCE_2000) return { ...last.parts };
  const parts = computeParts(now, timeZone);
  if (ms >= SINCE_2000) lastParts.set(timeZone, { minute, parts: { ...parts } });
  return parts;
}

function computeParts(now: Date, timeZone: string): Parts {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const weekday = (WEEKDAYS.find((d) => (parts.weekday ?? '').toLowerCase().startsWith(d)) ?? 'mon') as Weekday;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The service day ("2026-11-25") of an instant at the site. */
export const serviceDate = (now: Date, timeZone: string) => siteParts(now, timeZone).date;

export const toMinutes = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

export type OpenState =
  | { open: true; closesAtMinutes: number; issuing: boolean }
  | { open: false; opensAtMinutes: number | null };

/**
 * Whether the site is open now, and whether queues still take new tickets: they stop
 * `closeBeforeMinutes` before the end of the current opening interval.
 */
export function openState(hours: OpeningHours, now: Date, timeZone: string, closeBeforeMinutes: number): OpenState {
  const { weekday, minutes } = siteParts(now, timeZone);
  const intervals = [...hours[weekday]].sort((a, b) => a.open.localeCompare(b.open));
  for (const interval of intervals) {
    const open = toMinutes(interval.open);
    const close = toMinutes(interval.close);
    if (minutes >= open && minutes < close) {
      return { open: true, closesAtMinutes: close, issuing: minutes < close - closeBeforeMinutes };
    }
  }
  const next = intervals.find((i) => toMinutes(i.open) > minutes);
  return { open: false, opensAtMinutes: next ? toMinutes(next.open) : null };
}
