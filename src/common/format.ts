/**
 * All date, time and number formatting goes through this module: `Intl`, in the site's time zone.
 * Opening hours are wall-clock times ("09:00") in the site's zone, so they are formatted as such.
 */
import { WEEKDAYS, type Weekday } from './domain.js';

/** 1 January 2024 was a Monday: day offsets from it give each weekday. */
const MONDAY_UTC = Date.UTC(2024, 0, 1, 12);

export function weekdayName(day: Weekday, locale: string, style: 'long' | 'short' = 'long'): string {
  const date = new Date(MONDAY_UTC + WEEKDAYS.indexOf(day) * 86_400_000);
  return new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(date);
}

/** "09:00" → "09:00" (fr, nl) or "9:00 AM" (en). */
export function formatTimeOfDay(time: string, locale: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1, h, m)),
  );
}

export function formatTimeRange(open: string, close: string, locale: string): string {
  return `${formatTimeOfDay(open, locale)} – ${formatTimeOfDay(close, locale)}`;
}

export function formatDateTime(iso: string | Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatDate(iso: string | Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** A calendar date without time ("2025-09-01"), shown as that day whatever the zone. */
export function formatCalendarDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

export function formatClock(now: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(now);
}

export function formatLongDate(now: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(now);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function formatPercent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** The weekday (mon…sun) of an instant in a time zone. */
export function weekdayIn(now: Date, timeZone: string): Weekday {
  const short = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone }).format(now).toLowerCase();
  return (WEEKDAYS.find((d) => short.startsWith(d)) ?? 'mon') as Weekday;
}

/** "HH:MM" of an instant in a time zone, for comparing with opening hours. */
export function timeOfDayIn(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
    now,
  );
}
