import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../src/common/domain.js';
import { openingHoursSchema } from '../../src/common/schemas/shared.js';

const minute = fc.integer({ min: 0, max: 24 * 60 - 1 });
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const interval = fc
  .tuple(minute, minute)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => ({ open: Math.min(a, b), close: Math.max(a, b) }));
const week = (day: { open: number; close: number }[]): Record<string, { open: string; close: string }[]> => ({
  ...Object.fromEntries(WEEKDAYS.map((d) => [d, []])),
  wed: day.map((i) => ({ open: hhmm(i.open), close: hhmm(i.close) })),
});
const overlaps = (day: { open: number; close: number }[]) =>
  day.some((a, i) => day.some((b, j) => i !== j && a.open < b.close && b.open < a.close));

describe('opening hours', () => {
  it('never accepts overlapping intervals, and accepts every set of disjoint ones', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 4 }), (day) => {
        expect(openingHoursSchema.safeParse(week(day)).success).toBe(!overlaps(day));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts back-to-back intervals (one closes as the next opens)', () => {
    const day = [
      { open: 540, close: 720 },
      { open: 720, close: 1020 },
    ];
    expect(openingHoursSchema.safeParse(week(day)).success).toBe(true);
  });

  it('refuses a closing time at or before the opening time', () => {
    fc.assert(
      fc.property(minute, minute, (a, b) => {
        fc.pre(a >= b);
        const hours = { ...week([]), mon: [{ open: hhmm(a), close: hhmm(b) }] };
        expect(openingHoursSchema.safeParse(hours).success).toBe(false);
      }),
    );
  });

  it('refuses times that are not HH:MM on a 24-hour clock', () => {
    for (const bad of ['24:00', '9:00', '09:60', '09:00:00', ' 09:00', '']) {
      expect(openingHoursSchema.safeParse({ ...week([]), fri: [{ open: bad, close: '23:59' }] }).success).toBe(false);
    }
  });

  it('refuses more than four intervals a day, a missing day and an unknown day', () => {
    const five = [0, 1, 2, 3, 4].map((h) => ({ open: h * 60, close: h * 60 + 30 }));
    expect(openingHoursSchema.safeParse(week(five)).success).toBe(false);
    const { sun: _sun, ...sixDays } = week([]);
    expect(openingHoursSchema.safeParse(sixDays).success).toBe(false);
    expect(openingHoursSchema.safeParse({ ...week([]), someday: [] }).success).toBe(false);
  });
});
