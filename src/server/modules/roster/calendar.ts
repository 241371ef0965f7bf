import { OPEN_DAYS_PER_WEEK, SLOTS_PER_DAY } from '../../../common/roster/centre-model.js';
import {
  DAY_PARTS,
  type DayPart,
  PLAN_WEEKDAYS,
  type PlanWeekday,
  type Shift,
} from '../../../common/roster/plan-schemas.js';
import type { OpeningHours } from '../../../common/schemas/shared.js';

/** Half-days split at 13:00 (or the nearest opening edge); a part exists when the site is open in it. */
const SPLIT = '13:00';

/** The site's half-day shifts, Monday to Friday, derived from its opening hours. */
export function shiftsOf(hours: OpeningHours): Shift[] {
  const out: Shift[] = [];
  for (const weekday of PLAN_WEEKDAYS) {
    const intervals = hours[weekday];
    if (intervals.length === 0) continue;
    const open = intervals.map((i) => i.open).sort()[0] as string;
    const close = intervals
      .map((i) => i.close)
      .sort()
      .at(-1) as string;
    const split = SPLIT < open ? open : SPLIT > close ? close : SPLIT;
    if (open < split) out.push({ weekday, part: 'morning', start: open, end: split });
    if (split < close) out.push({ weekday, part: 'afternoon', start: split, end: close });
  }
  return out;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** A shift's length in hours. */
export const shiftHours = (shift: Shift) => (minutesOf(shift.end) - minutesOf(shift.start)) / 60;

/** Hours of every slot of a Monday-first grid of `days` opening days (0 when the site is closed then). */
export function slotHoursOf(shifts: Shift[], days: number): number[] {
  return Array.from({ length: days * SLOTS_PER_DAY }, (_, slot) => {
    const weekday = PLAN_WEEKDAYS[Math.floor(slot / SLOTS_PER_DAY) % OPEN_DAYS_PER_WEEK];
    const part = DAY_PARTS[slot % SLOTS_PER_DAY];
    const shift = shifts.find((s) => s.weekday === weekday && s.part === part);
    return shift ? shiftHours(shift) : 0;
  });
}

const DAY_MS = 86_400_000;
const toDay = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const fromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 0 = Monday … 6 = Sunday. */
export const weekdayIndex = (date: string) => (toDay(date) + 3) % 7;
export const weekdayOf = (date: string): PlanWeekday | null => PLAN_WEEKDAYS[weekdayIndex(date)] ?? null;
export const daysBetween = (from: string, to: string) => toDay(to) - toDay(from);
export const addDays = (date: string, n: number) => fromDay(toDay(date) + n);

export type Grid = {
  from: string;
  to: string;
  /** Opening days in the model (5 per week from the Monday of `from`). */
  days: number;
  slotOf: (date: string, part: DayPart) => number | null;
  at: (slot: number) => { date: string; part: DayPart };
  /** Slots outside the period or when the site is closed. */
  closed: number[];
};

/** The optimiser's Monday-first grid of half-days for a period at a site. */
export function periodGrid(from: string, to: string, hours: OpeningHours): Grid {
  const monday = toDay(from) - weekdayIndex(from);
  const weeks = Math.ceil((toDay(to) - monday + 1) / 7);
  const days = weeks * OPEN_DAYS_PER_WEEK;
  const open = new Set(shiftsOf(hours).map((s) => `${s.weekday}|${s.part}`));
  const at = (slot: number) => {
    const d = Math.floor(slot / SLOTS_PER_DAY);
    const date = fromDay(monday + Math.floor(d / OPEN_DAYS_PER_WEEK) * 7 + (d % OPEN_DAYS_PER_WEEK));
    return { date, part: DAY_PARTS[slot % SLOTS_PER_DAY] as DayPart };
  };
  const slotOf = (date: string, part: DayPart) => {
    const w = weekdayIndex(date);
    if (date < from || date > to || w >= OPEN_DAYS_PER_WEEK) return null;
    const week = Math.floor((toDay(date) - monday) / 7);
    return (week * OPEN_DAYS_PER_WEEK + w) * SLOTS_PER_DAY + DAY_PARTS.indexOf(part);
  };
  const closed: number[] = [];
  for (let slot = 0; slot < days * SLOTS_PER_DAY; slot++) {
    const { date, part } = at(slot);
    if (date < from || date > to || !open.has(`${weekdayOf(date)}|${part}`)) closed.push(slot);
  }
  return { from, to, days, slotOf, at, closed };
}
