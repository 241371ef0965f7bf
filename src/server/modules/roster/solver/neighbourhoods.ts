/** Decomposition neighbourhoods: which staff × day cells a sub-MIP may change. */
export type Random = () => number;

/** A small deterministic generator (mulberry32) so runs can be repeated. */
export const seededRandom = (seed: number): Random => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const pick = (count: number, size: number, random: Random): number[] => {
  const all = Array.from({ length: count }, (_, i) => i);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j] ?? 0, all[i] ?? 0];
  }
  return all.slice(0, Math.min(size, count));
};

export type Neighbourhood = { kind: 'staff' | 'days' | 'block'; free: Uint8Array };

/** `size` staff over the whole horizon. */
export const staffNeighbourhood = (staff: number, days: number, size: number, random: Random): Neighbourhood => {
  const free = new Uint8Array(staff * days);
  for (const e of pick(staff, size, random)) free.fill(1, e * days, (e + 1) * days);
  return { kind: 'staff', free };
};

/** Every staff member over a window of `length` days. */
export const daysNeighbourhood = (staff: number, days: number, length: number, random: Random): Neighbourhood => {
  const free = new Uint8Array(staff * days);
  const span = Math.min(length, days);
  const first = Math.floor(random() * (days - span + 1));
  for (let e = 0; e < staff; e++) free.fill(1, e * days + first, e * days + first + span);
  return { kind: 'days', free };
};

/** Twice `size` staff over a window of half the horizon. */
export const blockNeighbourhood = (staff: number, days: number, size: number, random: Random): Neighbourhood => {
  const free = new Uint8Array(staff * days);
  const span = Math.max(7, Math.ceil(days / 2));
  const first = Math.floor(random() * (days - Math.min(span, days) + 1));
  for (const e of pick(staff, size * 2, random))
    free.fill(1, e * days + first, e * days + Math.min(days, first + span));
  return { kind: 'block', free };
};
