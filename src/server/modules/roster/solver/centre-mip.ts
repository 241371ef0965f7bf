import {
  type ActivityKey,
  activitiesOf,
  type CentreProblem,
  DEFAULT_SLOT_HOURS,
  OPEN_DAYS_PER_WEEK,
  SLOTS_PER_DAY,
} from '../../../../common/roster/centre-model.js';
import { LinearBuilder, type SparseModel, type Term } from './linear-builder.js';

/**
 * Objective weights: coverage first, then fairness, then contract hours, then stability, then preferences.
 * `organisation` is per hour an organisation's planned hours stray from its agreed share: moving one
 * half-day of h hours changes the deviations by at most 2h, so with half-days under 10 h leaving someone
 * short of their contract (5 per half-day) never pays for a closer share.
 */
export const CENTRE_WEIGHTS = {
  coverage: 1000,
  fairness: 20,
  contract: 5,
  change: 3,
  organisation: 0.25,
  preference: 1,
} as const;

export type CentreAssignment = { staff: string; slot: number; activity: ActivityKey };
export type ShortfallRow = { slot: number; rule: string; column: number };
export type CentreModel = {
  model: SparseModel;
  decode: (columns: ArrayLike<number>) => CentreAssignment[];
  shortfalls: ShortfallRow[];
  start?: Float64Array;
};

/**
 * The centre's plan as a MIP: y[person, slot, activity]. Skills, availability, contracts (half-days per
 * week, days per week, working weekdays) and pins are hard; coverage is a shortfall with a heavy weight;
 * fairness is a whole-number band around each person's pro-rata share of unpopular slots, and, for the
 * organisations with an agreed share, the deviation of their planned hours from that share; a published
 * plan makes every change cost (re-planning with few changes).
 */
export const buildCentreModel = (problem: CentreProblem): CentreModel => {
  const slots = problem.days * SLOTS_PER_DAY;
  const weeks = Math.ceil(problem.days / OPEN_DAYS_PER_WEEK);
  const b = new LinearBuilder();
  const vars: { staff: number; slot: number; activity: ActivityKey; col: number }[] = [];
  const bySlot = Array.from({ length: slots }, (): typeof vars => []);
  const byStaff = problem.staff.map((): typeof vars => []);
  const pinned = new Set(problem.pins.map((p) => `${p.staff}|${p.slot}|${p.activity}`));
  const previous = new Set((problem.previous ?? []).map((p) => `${p.staff}|${p.slot}|${p.activity}`));
  problem.staff.forEach((person, e) => {
    const away = new Set(person.unavailableSlots);
    const avoid = new Set(person.avoidSlots ?? []);
    for (let slot = 0; slot < slots; slot++) {
      const weekday = Math.floor(slot / SLOTS_PER_DAY) % OPEN_DAYS_PER_WEEK;
      const free = !away.has(slot) && person.workingWeekdays.includes(weekday);
      for (const activity of activitiesOf(person)) {
        const key = `${person.id}|${slot}|${activity}`;
        if (!free && !pinned.has(key)) continue;
        const was = previous.has(key);
        if (was) b.offset += CENTRE_WEIGHTS.change;
        const cost =
          (problem.previous ? (was ? -CENTRE_WEIGHTS.change : CENTRE_WEIGHTS.change) : 0) +
          (avoid.has(slot) ? CENTRE_WEIGHTS.preference : 0);
        const lower = pinned.has(key) ? 1 : 0;
        const v = { staff: e, slot, activity, col: b.addVar(cost, lower, 1, true) };
        vars.push(v);
        bySlot[slot]?.push(v);
        byStaff[e]?.push(v);
      }
    }
  });
  const shortfalls: ShortfallRow[] = [];
  const closed = new Set(problem.closedSlots ?? []);
  const cover = (slot: number, rule: string, terms: Term[], need: number) => {
    if (need <= 0 || closed.has(slot)) return;
    const column = b.addVar(CENTRE_WEIGHTS.coverage, 0, need, false);
    shortfalls.push({ slot, rule, column });
    b.addRow([...terms, [column, 1]], 0, need, Infinity);
  };
  for (let slot = 0; slot < slots; slot++) {
    const c = { ...problem.coverage, ...(problem.partCoverage?.[slot % SLOTS_PER_DAY] ?? {}) };
    const here = bySlot[slot] ?? [];
    const speaks = (v: (typeof here)[number], lang: 'fr' | 'nl') => problem.staff[v.staff]?.languages.includes(lang);
    for (const field of c.fields) {
      cover(
        slot,
        `field:${field}`,
        here.filter((v) => v.activity === `counselling:${field}`).map((v) => [v.col, 1]),
        1,
      );
    }
    const floor = here.filter((v) => v.activity.startsWith('counselling:'));
    cover(
      slot,
      'floor:fr',
      floor.filter((v) => speaks(v, 'fr')).map((v) => [v.col, 1]),
      c.frenchOnFloor,
    );
    cover(
      slot,
      'floor:nl',
      floor.filter((v) => speaks(v, 'nl')).map((v) => [v.col, 1]),
      c.dutchOnFloor,
    );
    const desk = here.filter((v) => v.activity === 'reception');
    cover(
      slot,
      'reception:fr',
      desk.filter((v) => speaks(v, 'fr')).map((v) => [v.col, 1]),
      c.receptionFrench,
    );
    cover(
      slot,
      'reception:nl',
      desk.filter((v) => speaks(v, 'nl')).map((v) => [v.col, 1]),
      c.receptionDutch,
    );
    cover(
      slot,
      'stewards',
      here.filter((v) => v.activity === 'steward').map((v) => [v.col, 1]),
      c.stewards,
    );
  }
  const c = problem.coverage;
  const unpopular = new Set(problem.unpopularSlots);
  const perSlot = c.fields.length + c.receptionFrench + c.receptionDutch + c.stewards;
  const contractTotal = problem.staff.reduce((sum, p) => sum + p.halfDaysPerWeek, 0) || 1;
  problem.staff.forEach((person, e) => {
    const mine = byStaff[e] ?? [];
    for (let slot = 0; slot < slots; slot++) {
      b.addRow(
        mine.filter((v) => v.slot === slot).map((v) => [v.col, 1]),
        0,
        0,
        1,
      );
    }
    for (let week = 0; week < weeks; week++) {
      const first = week * OPEN_DAYS_PER_WEEK * SLOTS_PER_DAY;
      const inWeek = mine.filter((v) => v.slot >= first && v.slot < first + OPEN_DAYS_PER_WEEK * SLOTS_PER_DAY);
      b.addRow(
        inWeek.map((v) => [v.col, 1]),
        0,
        0,
        person.halfDaysPerWeek,
      );
      const dayTerms: Term[] = [];
      const byDay: (Term | null)[] = [];
      for (let d = week * OPEN_DAYS_PER_WEEK; d < Math.min(problem.days, (week + 1) * OPEN_DAYS_PER_WEEK); d++) {
        const onDay = inWeek.filter((v) => Math.floor(v.slot / SLOTS_PER_DAY) === d);
        if (onDay.length === 0) {
          byDay.push(null);
          continue;
        }
        const z = b.addVar(0, 0, 1, true);
        for (const v of onDay)
          b.addRow(
            [
              [v.col, 1],
              [z, -1],
            ],
            0,
            -Infinity,
            0,
          );
        dayTerms.push([z, 1]);
        byDay.push([z, 1]);
      }
      b.addRow(dayTerms, 0, 0, person.maxDaysPerWeek);
      const run = person.maxConsecutiveDays;
      // Consecutive working days: every window of run + 1 days of the week keeps at least one day off.
      for (let d = 0; run !== undefined && d + run < byDay.length; d++) {
        const window = byDay.slice(d, d + run + 1).filter((t): t is Term => t !== null);
        if (window.length > run) b.addRow(window, 0, 0, run);
      }
    }
    const available = slots - person.unavailableSlots.length;
    const target = Math.floor((person.halfDaysPerWeek * weeks * available) / slots);
    const under = b.addVar(CENTRE_WEIGHTS.contract, 0, Infinity, false);
    b.addRow([...mine.map((v): Term => [v.col, 1]), [under, 1]], 0, target, Infinity);
    // Whole-number band around the pro-rata share of unpopular half-days (exact fractions stay far from the bound).
    const share = Math.ceil((unpopular.size * perSlot * person.halfDaysPerWeek) / contractTotal) + 1;
    const over = b.addVar(CENTRE_WEIGHTS.fairness, 0, Infinity, false);
    b.addRow(
      [...mine.filter((v) => unpopular.has(v.slot)).map((v): Term => [v.col, 1]), [over, -1]],
      0,
      -Infinity,
      share,
    );
  });
  addOrganisationShares(b, problem, vars);
  const model = b.build();
  const decode = (columns: ArrayLike<number>): CentreAssignment[] =>
    vars
      .filter((v) => (columns[v.col] ?? 0) > 0.5)
      .map((v) => ({ staff: problem.staff[v.staff]?.id ?? '', slot: v.slot, activity: v.activity }));
  return { model, decode, shortfalls };
};

/**
 * Organisation fairness. With H_o the hours planned for organisation o's people, T the sum of H_o over the
 * organisations with an agreed share s_o (fractions summing to 1), and a deviation d_o >= 0 in hours:
 *   H_o - s_o T <= d_o   and   s_o T - H_o <= d_o,
 * so d_o is |H_o - s_o T| at the optimum, and each hour of it costs `CENTRE_WEIGHTS.organisation`. d_o is
 * continuous: whole-hour deviations were measured 3-6 times slower to prove optimal on the demo centre.
 * Organisations without an agreed share are left out of H and T (see `organisationShares`).
 */
const addOrganisationShares = (
  b: LinearBuilder,
  problem: CentreProblem,
  vars: { staff: number; slot: number; col: number }[],
) => {
  const shares = new Map((problem.organisationShares ?? []).map((o) => [o.organisation, o.share]));
  if (shares.size === 0) return;
  const hours = (slot: number) => problem.slotHours?.[slot] ?? DEFAULT_SLOT_HOURS;
  // One sparse row per organisation defines its hours; the deviation rows then read only those totals.
  const totals = new Map<string, number>();
  for (const organisation of shares.keys()) {
    const mine = vars.filter((v) => problem.staff[v.staff]?.organisation === organisation);
    const column = b.addVar(0, 0, Infinity, false);
    b.addRow([...mine.map((v): Term => [v.col, hours(v.slot)]), [column, -1]], 0, 0, 0);
    totals.set(organisation, column);
  }
  for (const [organisation, share] of shares) {
    const terms = [...totals].map(([o, column]): Term => [column, (o === organisation ? 1 : 0) - share]);
    const deviation = b.addVar(CENTRE_WEIGHTS.organisation, 0, Infinity, false);
    b.addRow([...terms, [deviation, -1]], 0, -Infinity, 0);
    b.addRow([...terms.map(([col, coef]): Term => [col, -coef]), [deviation, -1]], 0, -Infinity, 0);
  }
};
