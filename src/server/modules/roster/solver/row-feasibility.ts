import { at, type IndexedInstance } from '../../../../common/roster/indexed-instance.js';
import type { RosterPlan } from '../../../../common/roster/instance.js';

/**
 * How far staff `e`'s row of the plan is from keeping every hard rule: 0 when it keeps them all, else the
 * sum of the excesses (days, shifts, hours). Same conventions as the validator (a run touching the first
 * or last day may be shorter than the minimum). O(days); the local search uses it as a penalty.
 */
export const rowViolation = (inst: IndexedInstance, plan: RosterPlan, e: number, perType: Int32Array): number => {
  const { days: D, shiftCount: S } = inst;
  const base = e * D;
  perType.fill(0);
  let minutes = 0;
  let run = 0;
  let offRun = 0;
  let weekends = 0;
  let excess = 0;
  const maxC = at(inst.maxConsecutive, e);
  const minC = at(inst.minConsecutive, e);
  const minOff = at(inst.minConsecutiveOff, e);
  let runStart = 0;
  let offStart = 0;
  for (let d = 0; d < D; d++) {
    const s = at(plan, base + d);
    if (s >= 0) {
      if (at(inst.dayOff, base + d)) excess += 1;
      perType[s] = at(perType, s) + 1;
      minutes += at(inst.minutes, s);
      if (d > 0) {
        const prev = at(plan, base + d - 1);
        if (prev >= 0 && at(inst.forbiddenNext, prev * S + s)) excess += 1;
      }
      if (offRun > 0 && offStart > 0 && offRun < minOff) excess += minOff - offRun;
      offRun = 0;
      if (run === 0) runStart = d;
      run++;
      if (run > maxC) excess += 1;
    } else {
      if (run > 0 && runStart > 0 && run < minC) excess += minC - run;
      run = 0;
      if (offRun === 0) offStart = d;
      offRun++;
    }
    if (d % 7 === 6 && (s >= 0 || at(plan, base + d - 1) >= 0)) weekends++;
  }
  for (let s = 0; s < S; s++) excess += Math.max(0, at(perType, s) - at(inst.maxShifts, e * S + s));
  excess += Math.ceil(Math.max(0, minutes - at(inst.maxMinutes, e)) / 240);
  excess += Math.ceil(Math.max(0, at(inst.minMinutes, e) - minutes) / 240);
  return excess + Math.max(0, weekends - at(inst.maxWeekends, e));
};
