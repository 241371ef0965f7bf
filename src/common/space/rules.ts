import type { StationKind } from '../domain.js';
import type { StationState } from './vocabulary.js';
import { WARNING_MINUTES } from './vocabulary.js';

export type SpaceRules = {
  /** Minutes one extension adds. */
  extendMinutes: number;
  /** Extensions allowed per use. */
  maxExtensions: number;
  /** How long an offered station waits for its ticket holder. */
  offerMinutes: number;
  /** Waiting tickets of a kind from which new uses of that kind get a shorter limit (0: never). */
  shortenFromWaiting: number;
  /** The shorter limit as a percentage of the normal one. */
  shortenPercent: number;
};

export const DEFAULT_SPACE_RULES: SpaceRules = {
  extendMinutes: 15,
  maxExtensions: 2,
  offerMinutes: 5,
  shortenFromWaiting: 5,
  shortenPercent: 75,
};

export type Limits = { computerMinutes: number; tabletMinutes: number };

export const normalLimit = (limits: Limits, kind: StationKind) =>
  kind === 'computer' ? limits.computerMinutes : limits.tabletMinutes;

/**
 * The limit a new use gets: the site's limit for the kind, shortened (to a whole 5 minutes, at least
 * 5) when the waiting list for that kind is long.
 */
export function effectiveLimit(limits: Limits, kind: StationKind, waiting: number, rules: SpaceRules) {
  const normal = normalLimit(limits, kind);
  const shortened = rules.shortenFromWaiting > 0 && waiting >= rules.shortenFromWaiting;
  if (!shortened) return { minutes: normal, shortened: false, normalMinutes: normal };
  const minutes = Math.max(5, Math.min(normal, Math.round((normal * rules.shortenPercent) / 100 / 5) * 5));
  return { minutes, shortened: minutes < normal, normalMinutes: normal };
}

/** Whole minutes left, rounded up (a use with 30 s left shows "1 min"); negative when over time. */
export function minutesLeft(endsAt: Date, now: Date): number {
  const ms = endsAt.getTime() - now.getTime();
  return ms >= 0 ? Math.ceil(ms / 60_000) : -Math.ceil(-ms / 60_000);
}

/** The warning a station screen shows: the smallest threshold reached, or none; `ended` at expiry. */
export function warningLevel(endsAt: Date, now: Date): (typeof WARNING_MINUTES)[number] | 'ended' | null {
  const ms = endsAt.getTime() - now.getTime();
  if (ms <= 0) return 'ended';
  let level: (typeof WARNING_MINUTES)[number] | null = null;
  for (const m of WARNING_MINUTES) if (ms <= m * 60_000) level = m;
  return level;
}

export type StationFacts = {
  outOfOrder: boolean;
  endsAt: Date | null;
  helpOpen: boolean;
  offered: boolean;
};

/** One state per station for the steward grid; help and out-of-order outrank the use. */
export function stationState(f: StationFacts, now: Date): StationState {
  if (f.outOfOrder) return 'out_of_order';
  if (f.helpOpen) return 'help';
  if (f.endsAt) return f.endsAt.getTime() <= now.getTime() ? 'over_time' : 'in_use';
  return f.offered ? 'reserved' : 'free';
}

export type Interval = { start: Date; end: Date };

/**
 * Average stations in use per hour slot: for each hour [h, h+1) of the day starting at `dayStart`,
 * the minutes of every use inside it divided by 60.
 */
export function occupancyByHour(uses: Interval[], dayStart: Date, hours: number): number[] {
  const result = new Array<number>(hours).fill(0);
  for (const u of uses) {
    for (let h = 0; h < hours; h++) {
      const from = dayStart.getTime() + h * 3_600_000;
      const to = from + 3_600_000;
      const overlap = Math.min(to, u.end.getTime()) - Math.max(from, u.start.getTime());
      if (overlap > 0) result[h] = (result[h] as number) + overlap / 3_600_000;
    }
  }
  return result.map((v) => Math.round(v * 100) / 100);
}

export const average = (values: number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
