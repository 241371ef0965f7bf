/**
 * The simulated centre for `bench:queue`: seeded randomness, the arrival curve, the field and
 * language mix, session lengths and a day's roster of counsellors with shifts and breaks. Times are
 * minutes after 09:00.
 */
import type { Field, Language } from '../src/common/domain.js';
import { ORGANISATIONS } from '../src/server/seed/brussels.js';

export type Rng = () => number;

/** mulberry32: small, fast, good enough for a simulation. */
export function rng(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const normal = (r: Rng) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
const uniform = (r: Rng, a: number, b: number) => a + (b - a) * r();

function weighted<T extends string>(r: Rng, weights: Record<T, number>): T {
  const entries = Object.entries(weights) as [T, number][];
  const total = entries.reduce((a, [, w]) => a + w, 0);
  let x = r() * total;
  for (const [k, w] of entries) {
    x -= w;
    if (x <= 0) return k;
  }
  return (entries[entries.length - 1] as [T, number])[0];
}

export const DAY_MINUTES = 480; // 09:00–17:00
export const ISSUING_UNTIL = 450; // queues close for new tickets 30 min before closing

export const FIELD_MIX: Record<Field, number> = { work: 30, train: 27, choose: 16, change: 12, create: 8, move: 7 };
export const LANGUAGE_MIX: Record<Language, number> = { fr: 60, nl: 25, en: 15 };
/** Mean session minutes by field (overall ≈ 18). */
export const FIELD_MINUTES: Record<Field, number> = {
  work: 16,
  train: 19,
  choose: 21,
  change: 20,
  create: 19,
  move: 15,
};

/** Arrivals per minute: a low base and a late-morning peak (~11:00), ≈ 100 over the day. */
export const arrivalRate = (t: number) =>
  0.1 + 0.3 * Math.exp(-(((t - 120) / 80) ** 2)) + 0.06 * Math.exp(-(((t - 330) / 60) ** 2));
const RATE_MAX = 0.42;

export type Arrival = { at: number; field: Field; language: Language };

/** Non-homogeneous Poisson arrivals by thinning. */
export function arrivals(r: Rng): Arrival[] {
  const out: Arrival[] = [];
  let t = 0;
  for (;;) {
    t += -Math.log(1 - r()) / RATE_MAX;
    if (t >= ISSUING_UNTIL) return out;
    if (r() * RATE_MAX > arrivalRate(t)) continue;
    out.push({ at: t, field: weighted(r, FIELD_MIX), language: weighted(r, LANGUAGE_MIX) });
  }
}

/** A session length: lognormal around the field's mean, coefficient of variation ≈ 0.5. */
export function sessionMinutes(r: Rng, field: Field) {
  const sigma = 0.47;
  const mu = Math.log(FIELD_MINUTES[field]) - (sigma * sigma) / 2;
  return Math.min(60, Math.max(3, Math.exp(mu + sigma * normal(r))));
}

/** Minutes between the call and the client sitting down; some never come. */
export const walkMinutes = (r: Rng) => uniform(r, 0.5, 2);
export const NO_SHOW_SHARE = 0.03;

export type Counsellor = {
  id: string;
  fields: Field[];
  languages: Language[];
  /** [from, to) periods at a desk, in minutes after 09:00. */
  periods: [number, number][];
};

const COVER: Field[] = ['work', 'train', 'choose', 'change', 'create', 'move'];

/**
 * A counsellor drawn like the demo's: an organisation's fields and spoken languages. The planner
 * covers every field: `cover` forces the main field (drawn among organisations that offer it).
 */
function profile(r: Rng, cover?: Field): Pick<Counsellor, 'fields' | 'languages'> {
  const offering = ORGANISATIONS.filter((o) => o.counsellors > 0 && (!cover || o.fields.includes(cover)));
  const weights = Object.fromEntries(offering.map((o) => [o.slug, o.counsellors])) as Record<string, number>;
  const org = offering.find((o) => o.slug === weighted(r, weights)) ?? offering[0];
  if (!org) throw new Error('no organisations');
  const main = cover ?? (org.fields[Math.floor(r() * org.fields.length)] as Field);
  const fields = org.fields.filter((f) => f === main || r() < 0.35);
  const spoken = (['fr', 'nl', 'en'] as const).filter((l) => r() < org.speaks[l]);
  return { fields, languages: spoken.length > 0 ? spoken : ['fr'] };
}

/** A short break somewhere in a period, or none. */
function withBreak(r: Rng, from: number, to: number): [number, number][] {
  if (to - from < 150 || r() < 0.4) return [[from, to]];
  const at = uniform(r, from + 60, to - 60);
  const length = uniform(r, 10, 25);
  return [
    [from, at],
    [at + length, to],
  ];
}

/** The day's roster: full days with lunch, mornings, afternoons; ≈ 8–12 at a desk at a time. */
export function roster(r: Rng, size = 15): Counsellor[] {
  return Array.from({ length: size }, (_, i) => {
    const kind = weighted(r, { full: 40, morning: 30, afternoon: 30 });
    const start = uniform(r, -5, 20);
    const lunch = uniform(r, 170, 270);
    const periods: [number, number][] =
      kind === 'full'
        ? [...withBreak(r, start, lunch), ...withBreak(r, lunch + uniform(r, 40, 60), DAY_MINUTES)]
        : kind === 'morning'
          ? withBreak(r, start, uniform(r, 200, 240))
          : withBreak(r, uniform(r, 210, 250), DAY_MINUTES);
    return {
      id: `c${i}`,
      ...profile(r, COVER[i % 7]),
      periods: periods.map(([a, b]) => [Math.max(0, a), b] as [number, number]),
    };
  });
}
