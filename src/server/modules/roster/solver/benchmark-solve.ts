import type { Highs } from 'highs';
import type { IndexedInstance } from '../../../../common/roster/indexed-instance.js';
import { emptyPlan, type RosterPlan } from '../../../../common/roster/instance.js';
import { scorePlan } from '../../../../common/roster/penalty.js';
import { buildBenchmarkModel } from './benchmark-model.js';
import { runMip } from './highs-run.js';
import { localSearch } from './local-search.js';
import { rowViolation } from './row-feasibility.js';
import {
  blockNeighbourhood,
  daysNeighbourhood,
  type Neighbourhood,
  seededRandom,
  staffNeighbourhood,
} from './neighbourhoods.js';

export type SolveProgress = {
  phase: 'construct' | 'exact' | 'improve';
  objective: number | null;
  bound: number | null;
  seconds: number;
};

export type SolveOptions = {
  timeLimitSeconds: number;
  relativeGap?: number;
  seed?: number;
  /** A plan to start from (kept if feasible for the sub-MIPs; rebuilt otherwise). */
  start?: RosterPlan;
  shouldStop?: () => boolean;
  onProgress?: (progress: SolveProgress) => void;
};

export type SolveResult = {
  plan: RosterPlan | null;
  objective: number | null;
  bound: number | null;
  gap: number | null;
  optimal: boolean;
  seconds: number;
  stats: { subproblems: number; improvements: number; exactSeconds: number };
};

/**
 * Hybrid solver: (1) build a plan staff by staff with small MIPs (each person's rules are independent, only
 * cover couples them); (2) the whole MIP warm-started from it, for a share of the time, which proves small
 * instances optimal and gives the bound; (3) large-neighbourhood search: re-optimise a few staff over the
 * whole horizon, or everyone over a window of days, with the rest fixed and the current plan as warm start,
 * adapting the neighbourhood size to how fast the sub-MIPs close.
 */
export const solveBenchmark = (highs: Highs, inst: IndexedInstance, options: SolveOptions): SolveResult => {
  const began = performance.now();
  const elapsed = () => (performance.now() - began) / 1000;
  const remaining = () => options.timeLimitSeconds - elapsed();
  const stop = () => options.shouldStop?.() === true || remaining() <= 0;
  const random = seededRandom(options.seed ?? 1);
  const { staffCount: E, days: D } = inst;
  const stats = { subproblems: 0, improvements: 0, exactSeconds: 0 };
  let plan: RosterPlan = options.start ? options.start.slice() : emptyPlan(E, D);
  let objective: number | null = null;
  let bound: number | null = null;
  const progress = (phase: SolveProgress['phase']) =>
    options.onProgress?.({ phase, objective, bound, seconds: elapsed() });

  const subSolve = (free: Uint8Array, seconds: number, warm: boolean) => {
    const built = buildBenchmarkModel(inst, plan, free);
    const result = runMip(highs, built.model, {
      timeLimitSeconds: Math.min(seconds, remaining()),
      relativeGap: 0,
      ...(warm ? { start: built.start } : {}),
      shouldStop: options.shouldStop,
      randomSeed: Math.floor(random() * 1000),
    });
    stats.subproblems++;
    return { result, plan: result.columns ? built.decode(result.columns) : null };
  };

  if (!options.start) {
    // The local search reaches a feasible plan from an empty one in seconds on most instances…
    const searched = localSearch(inst, plan, {
      seconds: Math.min(5, options.timeLimitSeconds / 10),
      random,
      shouldStop: options.shouldStop,
    });
    if (feasible(inst, searched)) plan = searched;
  }
  if (!options.start && !feasible(inst, plan)) {
    // …otherwise build it staff group by staff group with small MIPs.
    const order = shuffled(E, random);
    const group = Math.max(1, Math.ceil(E / 8));
    for (let first = 0; first < E && !options.shouldStop?.(); first += group) {
      const free = new Uint8Array(E * D);
      for (const e of order.slice(first, first + group)) free.fill(1, e * D, (e + 1) * D);
      const { plan: next } = subSolve(free, Math.max(1, options.timeLimitSeconds / 16), false);
      if (next) plan = next;
    }
  }
  // A construction cut short (cancelled, or a group without a plan in time) is no solution yet.
  objective = feasible(inst, plan) ? scorePlan(inst, plan).total : null;
  if (!options.start) progress('construct');

  const exactStart = elapsed();
  const whole = buildBenchmarkModel(inst, plan, new Uint8Array(E * D).fill(1));
  const exact = runMip(highs, whole.model, {
    // Small models are often proven optimal by the exact MIP alone; big ones only get their bound from it.
    timeLimitSeconds: Math.min(
      remaining(),
      Math.max(2, options.timeLimitSeconds * (whole.model.numCols <= 1000 ? 0.6 : 0.2)),
    ),
    relativeGap: options.relativeGap ?? 0,
    start: whole.start,
    shouldStop: options.shouldStop,
    onProgress: (p) =>
      options.onProgress?.({ phase: 'exact', objective: p.objective, bound: p.bound, seconds: elapsed() }),
  });
  stats.exactSeconds = elapsed() - exactStart;
  bound = exact.bound;
  if (exact.columns && exact.objective !== null && (objective === null || exact.objective <= objective + 1e-6)) {
    plan = whole.decode(exact.columns);
    objective = scorePlan(inst, plan).total;
  }
  progress('exact');
  const proven = () => objective !== null && bound !== null && objective <= Math.ceil(bound - 1e-6) + 1e-9;
  const closeEnough = () =>
    proven() ||
    (objective !== null &&
      bound !== null &&
      objective > 0 &&
      (objective - bound) / objective <= (options.relativeGap ?? 0));

  if (objective === null && !stop()) {
    // No feasible plan yet: the local search crosses infeasible plans and keeps the best feasible one.
    const repaired = localSearch(inst, plan, {
      seconds: Math.min(remaining(), 5),
      random,
      shouldStop: options.shouldStop,
    });
    if (feasible(inst, repaired)) {
      plan = repaired;
      objective = scorePlan(inst, plan).total;
    }
  }
  const size = { staff: Math.min(E, 4), days: Math.min(D, 7) };
  const subLimit = Math.max(1, Math.min(5, options.timeLimitSeconds / 30));
  let round = 0;
  let lastSearch = -Infinity;
  while (!stop() && !closeEnough() && objective !== null) {
    round++;
    if (elapsed() - lastSearch > subLimit * 2) {
      const improved = localSearch(inst, plan, {
        seconds: Math.min(remaining(), Math.max(1, options.timeLimitSeconds / 4)),
        random,
        shouldStop: options.shouldStop,
      });
      const score = scorePlan(inst, improved).total;
      lastSearch = elapsed();
      if (score < objective) {
        plan = improved;
        objective = score;
        stats.improvements++;
        progress('improve');
      }
      continue;
    }
    const n: Neighbourhood =
      round % 3 === 0
        ? daysNeighbourhood(E, D, size.days, random)
        : round % 3 === 1
          ? staffNeighbourhood(E, D, size.staff, random)
          : blockNeighbourhood(E, D, size.staff, random);
    const t0 = elapsed();
    const { result, plan: next } = subSolve(n.free, subLimit, true);
    const fast = result.status === 'optimal' && elapsed() - t0 < subLimit / 3;
    const grow = (k: 'staff' | 'days', max: number) => {
      size[k] = fast ? Math.min(max, size[k] + 1) : result.status === 'optimal' ? size[k] : Math.max(2, size[k] - 1);
    };
    if (n.kind === 'days') grow('days', D);
    else grow('staff', E);
    if (!next) continue;
    const score = scorePlan(inst, next).total;
    if (score <= objective) {
      const better = score < objective;
      plan = next;
      objective = score;
      if (better) {
        stats.improvements++;
        progress('improve');
      }
    }
  }
  const gap =
    objective !== null && bound !== null ? (objective === 0 ? 0 : Math.max(0, (objective - bound) / objective)) : null;
  return {
    plan: objective === null ? null : plan,
    objective,
    bound,
    gap,
    optimal: proven(),
    seconds: elapsed(),
    stats,
  };
};

const feasible = (inst: IndexedInstance, plan: RosterPlan): boolean => {
  const perType = new Int32Array(inst.shiftCount);
  for (let e = 0; e < inst.staffCount; e++) if (rowViolation(inst, plan, e, perType) > 0) return false;
  return true;
};

const shuffled = (count: number, random: () => number): number[] =>
  Array.from({ length: count }, (_, i) => i).sort(() => random() - 0.5);
