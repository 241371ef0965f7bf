import { at, type IndexedInstance } from '../../../../common/roster/indexed-instance.js';
import type { RosterPlan } from '../../../../common/roster/instance.js';
import { scorePlan } from '../../../../common/roster/penalty.js';
import type { Random } from './neighbourhoods.js';
import { rowViolation } from './row-feasibility.js';

export type LocalSearchOptions = { seconds: number; random: Random; shouldStop?: () => boolean };

/** Weight of one unit of hard-rule excess while searching (the returned plan always keeps every rule). */
const HARD_WEIGHT = 200;

/**
 * Late-acceptance hill climbing that may cross infeasible plans: hard-rule excess is penalised, and the
 * best plan that keeps every rule is returned. Moves: swap two people's shifts over 1–4 consecutive
 * days (cover unchanged), or give one person a shift / a day off over 1–3 days. Every move is scored
 * incrementally (cover counts, requests, and the changed rows' excess).
 */
export const localSearch = (inst: IndexedInstance, start: RosterPlan, options: LocalSearchOptions): RosterPlan => {
  const { days: D, shiftCount: S, staffCount: E } = inst;
  const random = options.random;
  const plan = start.slice();
  const counts = new Int32Array(D * S);
  for (let cell = 0; cell < plan.length; cell++) {
    const s = at(plan, cell);
    if (s >= 0) counts[(cell % D) * S + s] = at(counts, (cell % D) * S + s) + 1;
  }
  const requestCost = (cell: number, s: number): number => {
    let c = 0;
    for (const r of inst.onRequests[cell] ?? []) if (r.shift !== s) c += r.weight;
    for (const r of inst.offRequests[cell] ?? []) if (r.shift === s) c += r.weight;
    return c;
  };
  /** Sets a cell, returns the change of the objective. */
  const set = (cell: number, s: number): number => {
    const old = at(plan, cell);
    if (old === s) return 0;
    const d = cell % D;
    let delta = requestCost(cell, s) - requestCost(cell, old);
    if (old >= 0) {
      const i = d * S + old;
      const n = at(counts, i);
      delta += n <= at(inst.coverRequirement, i) ? at(inst.coverUnder, i) : -at(inst.coverOver, i);
      counts[i] = n - 1;
    }
    if (s >= 0) {
      const i = d * S + s;
      const n = at(counts, i);
      delta += n < at(inst.coverRequirement, i) ? -at(inst.coverUnder, i) : at(inst.coverOver, i);
      counts[i] = n + 1;
    }
    plan[cell] = s;
    return delta;
  };
  const perType = new Int32Array(S);
  const excess = Int32Array.from({ length: E }, (_, e) => rowViolation(inst, plan, e, perType));
  let totalExcess = excess.reduce((a, b) => a + b, 0);
  let soft = scorePlan(inst, plan).total;
  let current = soft + HARD_WEIGHT * totalExcess;
  let best = totalExcess === 0 ? soft : Infinity;
  const bestPlan = plan.slice();
  const history = new Float64Array(Math.max(100, Math.min(5000, E * D))).fill(current);
  const deadline = performance.now() + options.seconds * 1000;
  const undo: number[] = [];
  for (let iteration = 0; ; iteration++) {
    if ((iteration & 1023) === 0 && (performance.now() > deadline || options.shouldStop?.())) break;
    undo.length = 0;
    const e1 = Math.floor(random() * E);
    const d0 = Math.floor(random() * D);
    let delta = 0;
    let e2 = -1;
    if (random() < 0.5 && E > 1) {
      e2 = Math.floor(random() * E);
      if (e2 === e1) continue;
      const length = 1 + Math.floor(random() * 4);
      for (let d = d0; d < Math.min(D, d0 + length); d++) {
        const a = at(plan, e1 * D + d);
        const b = at(plan, e2 * D + d);
        if (a === b) continue;
        undo.push(e1 * D + d, a, e2 * D + d, b);
        delta += set(e1 * D + d, b) + set(e2 * D + d, a);
      }
    } else {
      const length = 1 + Math.floor(random() * 3);
      const s = Math.floor(random() * (S + 1)) - 1;
      for (let d = d0; d < Math.min(D, d0 + length); d++) {
        undo.push(e1 * D + d, at(plan, e1 * D + d));
        delta += set(e1 * D + d, s);
      }
    }
    if (undo.length === 0) continue;
    const x1 = rowViolation(inst, plan, e1, perType);
    const x2 = e2 >= 0 ? rowViolation(inst, plan, e2, perType) : 0;
    const excessDelta = x1 - at(excess, e1) + (e2 >= 0 ? x2 - at(excess, e2) : 0);
    const candidate = current + delta + HARD_WEIGHT * excessDelta;
    const slot = iteration % history.length;
    if (candidate <= current || candidate <= at(history, slot)) {
      current = candidate;
      soft += delta;
      totalExcess += excessDelta;
      excess[e1] = x1;
      if (e2 >= 0) excess[e2] = x2;
      if (totalExcess === 0 && soft < best) {
        best = soft;
        bestPlan.set(plan);
      }
    } else {
      for (let k = undo.length - 2; k >= 0; k -= 2) set(at(undo, k), at(undo, k + 1));
    }
    history[slot] = current;
  }
  return bestPlan;
};
