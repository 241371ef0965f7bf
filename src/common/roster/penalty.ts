import { at, type IndexedInstance } from './indexed-instance.js';
import type { RosterPlan } from './instance.js';

export type PenaltyBreakdown = {
  total: number;
  shiftOnRequests: number;
  shiftOffRequests: number;
  coverUnder: number;
  coverOver: number;
};

/**
 * The Curtois–Qu objective of a plan (soft rules only): unmet shift-on requests, met shift-off
 * requests, and per-person cover shortfall and surplus weights.
 */
export const scorePlan = (inst: IndexedInstance, plan: RosterPlan): PenaltyBreakdown => {
  let shiftOnRequests = 0;
  let shiftOffRequests = 0;
  let coverUnder = 0;
  let coverOver = 0;
  const S = inst.shiftCount;
  const counts = new Int32Array(inst.days * S);
  for (let cell = 0; cell < plan.length; cell++) {
    const s = at(plan, cell);
    const d = cell % inst.days;
    if (s >= 0) counts[d * S + s] = at(counts, d * S + s) + 1;
    for (const r of inst.onRequests[cell] ?? []) if (r.shift !== s) shiftOnRequests += r.weight;
    for (const r of inst.offRequests[cell] ?? []) if (r.shift === s) shiftOffRequests += r.weight;
  }
  for (let i = 0; i < counts.length; i++) {
    const n = at(counts, i);
    const need = at(inst.coverRequirement, i);
    if (n < need) coverUnder += (need - n) * at(inst.coverUnder, i);
    if (n > need) coverOver += (n - need) * at(inst.coverOver, i);
  }
  return {
    total: shiftOnRequests + shiftOffRequests + coverUnder + coverOver,
    shiftOnRequests,
    shiftOffRequests,
    coverUnder,
    coverOver,
  };
};
