import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockedRange,
  missingTranslations,
  overlaps,
  promotions,
  weeklyDates,
  withinOpeningHours,
  zonedInstant,
} from '../../src/common/agenda/rules.js';
import type { OpeningHours } from '../../src/common/schemas/shared.js';
import { siteParts } from '../../src/common/site-time.js';

const TZ = 'Europe/Brussels';
const HOURS: OpeningHours = {
  mon: [{ open: '09:00', close: '17:00' }],
  tue: [
    { open: '09:00', close: '12:00' },
    { open: '13:00', close: '17:00' },
  ],
  wed: [{ open: '09:00', close: '19:00' }],
  thu: [{ open: '09:00', close: '17:00' }],
  fri: [{ open: '09:00', close: '16:00' }],
  sat: [],
  sun: [],
};

describe('agenda rules', () => {
  it('zonedInstant is the inverse of siteParts, across DST changes', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 8 * 60, max: 20 * 60 }),
        (day, minutes) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
          const parts = siteParts(zonedInstant(date, time, TZ), TZ);
          expect(parts.date).toBe(date);
          expect(parts.minutes).toBe(minutes);
        },
      ),
    );
  });

  it('opening hours: inside one interval only; a lunch break or a closed day refuses', () => {
    const at = (d: string, t: string) => zonedInstant(d, t, TZ);
    expect(withinOpeningHours(HOURS, at('2026-12-07', '09:00'), at('2026-12-07', '17:00'), TZ)).toBe(true);
    expect(withinOpeningHours(HOURS, at('2026-12-07', '08:45'), at('2026-12-07', '10:00'), TZ)).toBe(false);
    expect(withinOpeningHours(HOURS, at('2026-12-08', '11:00'), at('2026-12-08', '13:30'), TZ)).toBe(false);
    expect(withinOpeningHours(HOURS, at('2026-12-08', '13:00'), at('2026-12-08', '15:00'), TZ)).toBe(true);
    expect(withinOpeningHours(HOURS, at('2026-12-12', '10:00'), at('2026-12-12', '11:00'), TZ)).toBe(false);
  });

  it('buffers widen the blocked range; overlap is symmetric and half-open', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (a, len, gap) => {
          const s1 = new Date(a * 60_000);
          const e1 = new Date((a + len) * 60_000);
          const s2 = new Date((a + len + gap) * 60_000);
          const e2 = new Date((a + len + gap + len) * 60_000);
          expect(overlaps(s1, e1, s2, e2)).toBe(false);
          expect(overlaps(s1, e1, s2, e2)).toBe(overlaps(s2, e2, s1, e1));
          const b = blockedRange(s2, e2, gap + 1, 0);
          expect(overlaps(s1, e1, b.from, b.until)).toBe(true);
        },
      ),
    );
  });

  it('promotion serves the waitlist in strict arrival order and never overfills', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 40 }),
        (free, sizes) => {
          const list = sizes.map((seats, i) => ({ id: String(i), seats }));
          const promoted = promotions(free, list);
          expect(promoted).toEqual(list.slice(0, promoted.length).map((e) => e.id));
          const used = list.slice(0, promoted.length).reduce((n, e) => n + e.seats, 0);
          expect(used).toBeLessThanOrEqual(free);
          const next = list[promoted.length];
          if (next) expect(used + next.seats).toBeGreaterThan(free);
        },
      ),
    );
  });

  it('weekly dates skip exceptions and stay on the weekday', () => {
    expect(weeklyDates('2026-12-01', '2026-12-29', ['2026-12-22'])).toEqual([
      '2026-12-01',
      '2026-12-08',
      '2026-12-15',
      '2026-12-29',
    ]);
  });

  it('flags missing translations', () => {
    expect(missingTranslations({ fr: 'Atelier', nl: 'Workshop' }, { fr: 'x', nl: 'y', en: 'z' })).toEqual(['en']);
    expect(missingTranslations({ fr: 'a', nl: 'b', en: 'c' }, { fr: 'x', nl: ' ', en: 'z' })).toEqual(['nl']);
  });
});
