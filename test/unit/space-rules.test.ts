import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SPACE_RULES,
  effectiveLimit,
  minutesLeft,
  occupancyByHour,
  stationState,
  warningLevel,
} from '../../src/common/space/rules.js';
import { formatSpaceCode, normalizeSpaceCode } from '../../src/common/space/vocabulary.js';

const limits = { computerMinutes: 60, tabletMinutes: 30 };
const MIN = 60_000;

describe('space rules', () => {
  it('uses the normal limit until the waiting list reaches the threshold, then a shorter one', () => {
    expect(effectiveLimit(limits, 'computer', 4, DEFAULT_SPACE_RULES)).toEqual({
      minutes: 60,
      shortened: false,
      normalMinutes: 60,
    });
    expect(effectiveLimit(limits, 'computer', 5, DEFAULT_SPACE_RULES)).toEqual({
      minutes: 45,
      shortened: true,
      normalMinutes: 60,
    });
    expect(effectiveLimit(limits, 'tablet', 9, { ...DEFAULT_SPACE_RULES, shortenFromWaiting: 0 }).minutes).toBe(30);
  });

  it('a shortened limit is never longer than the normal one, never under 5 minutes, a multiple of 5', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 480 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 25, max: 100 }),
        (normal, waiting, from, percent) => {
          const l = effectiveLimit({ computerMinutes: normal, tabletMinutes: normal }, 'computer', waiting, {
            ...DEFAULT_SPACE_RULES,
            shortenFromWaiting: from,
            shortenPercent: percent,
          });
          expect(l.minutes).toBeLessThanOrEqual(normal);
          expect(l.minutes).toBeGreaterThanOrEqual(Math.min(5, normal));
          if (l.shortened) expect(l.minutes % 5).toBe(0);
          if (from === 0 || waiting < from) expect(l.minutes).toBe(normal);
        },
      ),
    );
  });

  it('warns at 10, 5 and 1 minutes, ends at zero, and the warning only grows as time passes', () => {
    const end = new Date(1_000_000_000_000);
    expect(warningLevel(end, new Date(end.getTime() - 11 * MIN))).toBeNull();
    expect(warningLevel(end, new Date(end.getTime() - 10 * MIN))).toBe(10);
    expect(warningLevel(end, new Date(end.getTime() - 4 * MIN))).toBe(5);
    expect(warningLevel(end, new Date(end.getTime() - 30_000))).toBe(1);
    expect(warningLevel(end, end)).toBe('ended');
    const rank = (w: ReturnType<typeof warningLevel>) =>
      w === null ? 0 : w === 'ended' ? 4 : ({ 10: 1, 5: 2, 1: 3 } as const)[w];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 * MIN }), fc.integer({ min: 0, max: 120 * MIN }), (a, b) => {
        const [early, late] = a < b ? [a, b] : [b, a];
        expect(rank(warningLevel(end, new Date(end.getTime() - 60 * MIN + late)))).toBeGreaterThanOrEqual(
          rank(warningLevel(end, new Date(end.getTime() - 60 * MIN + early))),
        );
      }),
    );
    expect(minutesLeft(end, new Date(end.getTime() - 30_000))).toBe(1);
    expect(minutesLeft(end, new Date(end.getTime() + 61_000))).toBe(-2);
  });

  it('gives each station one state, out of order and help first', () => {
    const now = new Date();
    const later = new Date(now.getTime() + MIN);
    const base = { outOfOrder: false, endsAt: null, helpOpen: false, offered: false };
    expect(stationState(base, now)).toBe('free');
    expect(stationState({ ...base, offered: true }, now)).toBe('reserved');
    expect(stationState({ ...base, endsAt: later }, now)).toBe('in_use');
    expect(stationState({ ...base, endsAt: now }, now)).toBe('over_time');
    expect(stationState({ ...base, endsAt: later, helpOpen: true }, now)).toBe('help');
    expect(stationState({ ...base, endsAt: later, helpOpen: true, outOfOrder: true }, now)).toBe('out_of_order');
  });

  it('occupancy by hour adds up to the total time in use', () => {
    const day = new Date(Date.UTC(2026, 0, 5));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 23 * 60 }), fc.integer({ min: 1, max: 180 })), { maxLength: 30 }),
        (spans) => {
          const uses = spans.map(([s, d]) => ({
            start: new Date(day.getTime() + s * MIN),
            end: new Date(day.getTime() + Math.min(s + d, 24 * 60) * MIN),
          }));
          const total = uses.reduce((n, u) => n + (u.end.getTime() - u.start.getTime()) / 3_600_000, 0);
          const sum = occupancyByHour(uses, day, 24).reduce((a, b) => a + b, 0);
          expect(Math.abs(sum - total)).toBeLessThan(0.01 * 24 + 1e-9);
        },
      ),
    );
  });

  it('reads a ticket code however it is typed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('computer' as const, 'tablet' as const),
        fc.integer({ min: 1, max: 999 }),
        (kind, n) => {
          const code = formatSpaceCode(kind, n);
          expect(normalizeSpaceCode(code)).toBe(code);
          expect(normalizeSpaceCode(code.toLowerCase().replace(' ', ''))).toBe(code);
          expect(normalizeSpaceCode(`${code[0]}-${n}`)).toBe(code);
        },
      ),
    );
    expect(normalizeSpaceCode('hello')).toBeNull();
  });
});
