/**
 * Pure rules of bookings and registrations, shared by server and browser.
 */
import { siteParts, toMinutes } from '../site-time.js';
import type { LocalizedText, OpeningHours } from '../schemas/shared.js';
import { LANGUAGES, type Language } from '../domain.js';

const MINUTE = 60_000;

/** The time a booking keeps the room: set-up before and clear-down after the booked slot. */
export function blockedRange(startsAt: Date, endsAt: Date, setupMinutes: number, cleardownMinutes: number) {
  return {
    from: new Date(startsAt.getTime() - setupMinutes * MINUTE),
    until: new Date(endsAt.getTime() + cleardownMinutes * MINUTE),
  };
}

/** Half-open ranges [a1, a2) and [b1, b2) overlap. */
export const overlaps = (a1: Date, a2: Date, b1: Date, b2: Date) => a1 < b2 && b1 < a2;

/**
 * Whether [from, until) lies inside one opening interval of the site (in its time zone). A range
 * across midnight or across a lunch closure is outside.
 */
export function withinOpeningHours(hours: OpeningHours, from: Date, until: Date, timeZone: string): boolean {
  if (until <= from) return false;
  const a = siteParts(from, timeZone);
  const b = siteParts(new Date(until.getTime() - 1), timeZone);
  if (a.date !== b.date) return false;
  const endMinutes = b.minutes + 1;
  return hours[a.weekday].some((i) => a.minutes >= toMinutes(i.open) && endMinutes <= toMinutes(i.close));
}

export type PartialText = Partial<Record<Language, string>>;

/** Interface languages an event's text is missing in (title or description empty). */
export function missingTranslations(title: PartialText, description: PartialText): Language[] {
  return LANGUAGES.filter((l) => !title[l]?.trim() || !description[l]?.trim());
}

/** The text in the reader's language, else the event's language, else any. */
export function pickText(text: PartialText | LocalizedText, language: Language, fallback: Language): string {
  return text[language]?.trim() || text[fallback]?.trim() || LANGUAGES.map((l) => text[l]).find(Boolean) || '';
}

export type Seat = { id: string; seats: number };

/**
 * Who freed places go to: waitlisted registrations in strict arrival order; promotion stops at the
 * first one whose group does not fit, so nobody overtakes an earlier arrival.
 */
export function promotions(free: number, waitlist: readonly Seat[]): string[] {
  const promoted: string[] = [];
  let left = free;
  for (const entry of waitlist) {
    if (entry.seats > left) break;
    promoted.push(entry.id);
    left -= entry.seats;
  }
  return promoted;
}

/** Dates (YYYY-MM-DD) of a weekly series from `from` to `until` inclusive, minus exceptions. */
export function weeklyDates(from: string, until: string, exceptions: readonly string[]): string[] {
  const out: string[] = [];
  const skip = new Set(exceptions);
  const day = new Date(`${from}T12:00:00Z`);
  const end = new Date(`${until}T12:00:00Z`);
  while (day <= end) {
    const iso = day.toISOString().slice(0, 10);
    if (!skip.has(iso)) out.push(iso);
    day.setUTCDate(day.getUTCDate() + 7);
  }
  return out;
}

/** The instant of a wall-clock date and time in a time zone (DST-safe for whole minutes). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  for (let i = 0; i < 3; i++) {
    const p = siteParts(guess, timeZone);
    const wantMinutes = toMinutes(time);
    const dayDiff = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${p.date}T00:00:00Z`)) / 86_400_000);
    const diff = dayDiff * 1440 + wantMinutes - p.minutes;
    if (diff === 0) break;
    guess.setTime(guess.getTime() + diff * MINUTE);
  }
  return guess;
}
