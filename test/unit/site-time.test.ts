import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../src/common/domain.js';
import type { OpeningHours } from '../../src/common/schemas/shared.js';
import { openState, serviceDate, siteParts, toMinutes } from '../../src/common/site-time.js';

const BXL = 'Europe/Brussels';
const day = (intervals: [string, string][]) => intervals.map(([open, close]) => ({ open, close }));
/** The demo site's hours: Mon–Fri 09:00–17:00, Wednesday until 19:00, Friday until 16:00. */
const DEMO: OpeningHours = {
  mon: day([['09:00', '17:00']]),
  tue: day([['09:00', '17:00']]),
  wed: day([['09:00', '19:00']]),
  thu: day([['09:00', '17:00']]),
  fri: day([['09:00', '16:00']]),
  sat: [],
  sun: [],
};
const every = (intervals: [string, string][]) =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, day(intervals)])) as OpeningHours;
const at = (iso: string) => new Date(iso);

describe('serviceDate and siteParts', () => {
  it('follows the local date in winter and summer time in Brussels', () => {
    expect(serviceDate(at('2026-01-05T22:59:00Z'), BXL)).toBe('2026-01-05');
    expect(serviceDate(at('2026-01-05T23:00:00Z'), BXL)).toBe('2026-01-06');
    expect(siteParts(at('2026-01-05T23:00:00Z'), BXL)).toEqual({ date: '2026-01-06', weekday: 'tue', minutes: 0 });
    expect(serviceDate(at('2026-06-30T21:59:00Z'), BXL)).toBe('2026-06-30');
    expect(serviceDate(at('2026-06-30T22:00:00Z'), BXL)).toBe('2026-07-01');
  });

  it('reads the wall clock right across both DST changes (29 March and 25 October 2026)', () => {
    // Spring: 02:00 local becomes 03:00.
    expect(siteParts(at('2026-03-29T00:59:00Z'), BXL).minutes).toBe(1 * 60 + 59);
    expect(siteParts(at('2026-03-29T01:00:00Z'), BXL).minutes).toBe(3 * 60);
    // Autumn: 03:00 local becomes 02:00 again.
    expect(siteParts(at('2026-10-25T00:30:00Z'), BXL).minutes).toBe(2 * 60 + 30);
    expect(siteParts(at('2026-10-25T01:30:00Z'), BXL).minutes).toBe(2 * 60 + 30);
    expect(siteParts(at('2026-10-25T01:30:00Z'), BXL).weekday).toBe('sun');
  });

  it('handles other zones: New York, Tokyo, Kolkata (+5:30), Chatham (+12:45), Sydney (southern DST)', () => {
    expect(siteParts(at('2026-03-08T07:30:00Z'), 'America/New_York')).toMatchObject({ minutes: 3 * 60 + 30 });
    expect(siteParts(at('2026-03-08T06:30:00Z'), 'America/New_York')).toMatchObject({ minutes: 1 * 60 + 30 });
    expect(siteParts(at('2026-05-10T15:00:00Z'), 'Asia/Tokyo')).toEqual({
      date: '2026-05-11',
      weekday: 'mon',
      minutes: 0,
    });
    expect(siteParts(at('2026-05-10T18:29:00Z'), 'Asia/Kolkata')).toMatchObject({ date: '2026-05-10', minutes: 1439 });
    expect(siteParts(at('2026-05-10T11:15:00Z'), 'Pacific/Chatham')).toMatchObject({ date: '2026-05-11', minutes: 0 });
    // Sydney leaves summer time on 5 April 2026 (03:00 → 02:00).
    expect(siteParts(at('2026-01-15T00:00:00Z'), 'Australia/Sydney').minutes).toBe(11 * 60);
    expect(siteParts(at('2026-07-15T00:00:00Z'), 'Australia/Sydney').minutes).toBe(10 * 60);
  });

  it('changes service day exactly at local midnight, whatever the zone and the date', () => {
    const zones = ['Europe/Brussels', 'UTC', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 31) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const minute = Math.floor(ms / 60_000) * 60_000;
          const now = siteParts(new Date(minute), zone);
          const next = siteParts(new Date(minute + 60_000), zone);
          expect(now.minutes).toBeGreaterThanOrEqual(0);
          expect(now.minutes).toBeLessThan(1440);
          expect(next.date !== now.date).toBe(now.minutes === 1439);
          if (next.date !== now.date)
            expect(WEEKDAYS.indexOf(next.weekday)).toBe((WEEKDAYS.indexOf(now.weekday) + 1) % 7);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('openState', () => {
  it('opens at 09:00 local time before and after the spring change (UTC+1, then UTC+2)', () => {
    expect(openState(DEMO, at('2026-03-23T07:59:00Z'), BXL, 30)).toEqual({ open: false, opensAtMinutes: 540 });
    expect(openState(DEMO, at('2026-03-23T08:00:00Z'), BXL, 30)).toEqual({
      open: true,
      closesAtMinutes: 1020,
      issuing: true,
    });
    expect(openState(DEMO, at('2026-03-30T06:59:00Z'), BXL, 30).open).toBe(false);
    expect(openState(DEMO, at('2026-03-30T07:00:00Z'), BXL, 30).open).toBe(true);
    expect(openState(DEMO, at('2026-10-26T07:59:00Z'), BXL, 30).open).toBe(false);
    expect(openState(DEMO, at('2026-10-26T08:00:00Z'), BXL, 30).open).toBe(true);
  });

  it('stops issuing closeBeforeMinutes before closing, then closes for the day', () => {
    // Wednesday 4 March 2026 (UTC+1): open until 19:00.
    expect(openState(DEMO, at('2026-03-04T17:29:00Z'), BXL, 30)).toMatchObject({ open: true, issuing: true });
    expect(openState(DEMO, at('2026-03-04T17:30:00Z'), BXL, 30)).toMatchObject({ open: true, issuing: false });
    expect(openState(DEMO, at('2026-03-04T17:59:00Z'), BXL, 0)).toMatchObject({ open: true, issuing: true });
    expect(openState(DEMO, at('2026-03-04T18:00:00Z'), BXL, 0)).toEqual({ open: false, opensAtMinutes: null });
    // Friday closes at 16:00; Saturday and Sunday never open.
    expect(openState(DEMO, at('2026-03-06T15:00:00Z'), BXL, 0)).toEqual({ open: false, opensAtMinutes: null });
    expect(openState(DEMO, at('2026-03-07T11:00:00Z'), BXL, 0)).toEqual({ open: false, opensAtMinutes: null });
  });

  it('tells a lunch break (reopens later today) from the end of the day', () => {
    const split = every([
      ['13:30', '17:00'],
      ['09:00', '12:00'],
    ]);
    const noon = openState(split, at('2026-03-04T11:15:00Z'), BXL, 30);
    expect(noon).toEqual({ open: false, opensAtMinutes: 13 * 60 + 30 });
    expect(openState(split, at('2026-03-04T10:45:00Z'), BXL, 30)).toMatchObject({ open: true, issuing: false });
    expect(openState(split, at('2026-03-04T16:15:00Z'), BXL, 0)).toEqual({ open: false, opensAtMinutes: null });
  });

  it('is open exactly inside an interval, for any instant and zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 11, 31) }),
        fc.constantFrom('Europe/Brussels', 'America/New_York', 'Asia/Kolkata'),
        fc.integer({ min: 0, max: 1438 }),
        fc.integer({ min: 1, max: 600 }),
        (ms, zone, open, length) => {
          const close = Math.min(1439, open + length);
          const hhmm = (m: number) =>
            `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const hours = every([[hhmm(open), hhmm(close)]]);
          const { minutes } = siteParts(new Date(ms), zone);
          const state = openState(hours, new Date(ms), zone, 0);
          expect(state.open).toBe(minutes >= open && minutes < close);
          expect(toMinutes(hhmm(open))).toBe(open);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('siteParts remembers the last minute per time zone', () => {
  it('answers any instant of a UTC minute as if computed afresh, in zones with odd offsets', () => {
    const zones = [BXL, 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];
    const start = Date.UTC(2000, 0, 1);
    const end = Date.UTC(2040, 0, 1);
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: start / 60_000, max: end / 60_000 }),
        fc.integer({ min: 0, max: 59_999 }),
        fc.integer({ min: 0, max: 59_999 }),
        (zone, minute, first, second) => {
          const elsewhere = () => siteParts(new Date(minute * 60_000 + 7 * 3_600_000), zone);
          elsewhere();
          const fresh = siteParts(new Date(minute * 60_000 + second), zone);
          elsewhere();
          siteParts(new Date(minute * 60_000 + first), zone);
          const remembered = siteParts(new Date(minute * 60_000 + second), zone);
          expect(remembered).toEqual(fresh);
          // A caller changing its answer does not change the next one.
          remembered.date = 'changed';
          expect(siteParts(new Date(minute * 60_000 + second), zone)).toEqual(fresh);
        },
      ),
      { numRuns: 500 },
    );
  });
});
