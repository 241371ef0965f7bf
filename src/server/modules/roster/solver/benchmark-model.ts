import { at, type IndexedInstance } from '../../../../common/roster/indexed-instance.js';
import type { RosterPlan } from '../../../../common/roster/instance.js';
import { LinearBuilder, type SparseModel, type Term } from './linear-builder.js';

/** A linear expression: variable terms plus a constant (the fixed part of the plan). */
type Lin = { terms: Term[]; constant: number };

export type BenchmarkModel = {
  model: SparseModel;
  /** Warm start: the given plan, written in the model's columns. */
  start: Float64Array;
  /** The plan with the free cells read back from a column vector. */
  decode: (columns: ArrayLike<number>) => RosterPlan;
};

/**
 * The Curtois–Qu rules as a MIP over the `free` cells (staff × day) of `plan`; every other cell keeps its
 * value and enters as a constant, so the same builder gives the whole model and each decomposition
 * neighbourhood (a few staff, or a window of days). Rows of a staff member with no free cell are left out:
 * their part of the plan must already satisfy them (or not be built yet, while constructing).
 */
export const buildBenchmarkModel = (inst: IndexedInstance, plan: RosterPlan, free: Uint8Array): BenchmarkModel => {
  const { days: D, shiftCount: S, staffCount: E } = inst;
  const b = new LinearBuilder();
  const xCol = new Int32Array(E * D * S).fill(-1);
  const isFree = (cell: number) => at(free, cell) === 1 && at(inst.dayOff, cell) === 0;
  for (let e = 0; e < E; e++) {
    for (let d = 0; d < D; d++) {
      const cell = e * D + d;
      const current = at(plan, cell);
      for (const r of inst.onRequests[cell] ?? []) {
        if (!isFree(cell) || at(inst.maxShifts, e * S + r.shift) === 0) b.offset += r.shift === current ? 0 : r.weight;
      }
      for (const r of inst.offRequests[cell] ?? []) if (!isFree(cell) && r.shift === current) b.offset += r.weight;
      if (!isFree(cell)) continue;
      for (let s = 0; s < S; s++) {
        if (at(inst.maxShifts, e * S + s) === 0) continue;
        let cost = 0;
        for (const r of inst.onRequests[cell] ?? []) if (r.shift === s) cost -= r.weight;
        for (const r of inst.offRequests[cell] ?? []) if (r.shift === s) cost += r.weight;
        for (const r of inst.onRequests[cell] ?? []) if (r.shift === s) b.offset += r.weight;
        xCol[cell * S + s] = b.addVar(cost, 0, 1, true);
      }
    }
  }
  const x = (e: number, d: number, s: number): Lin => {
    const cell = e * D + d;
    const col = at(xCol, cell * S + s);
    if (col >= 0) return { terms: [[col, 1]], constant: 0 };
    return { terms: [], constant: isFree(cell) ? 0 : at(plan, cell) === s ? 1 : 0 };
  };
  const w = (e: number, d: number): Lin => {
    const cell = e * D + d;
    if (!isFree(cell)) return { terms: [], constant: at(plan, cell) >= 0 ? 1 : 0 };
    const terms: Term[] = [];
    for (let s = 0; s < S; s++) {
      const col = at(xCol, cell * S + s);
      if (col >= 0) terms.push([col, 1]);
    }
    return { terms, constant: 0 };
  };
  const sum = (parts: [Lin, number][]): Lin => {
    const terms: Term[] = [];
    let constant = 0;
    for (const [lin, k] of parts) {
      for (const [col, coef] of lin.terms) terms.push([col, coef * k]);
      constant += lin.constant * k;
    }
    return { terms, constant };
  };
  const row = (lin: Lin, lower: number, upper: number) => b.addRow(lin.terms, lin.constant, lower, upper);
  const weekendCols: { e: number; sat: number; col: number }[] = [];

  for (let e = 0; e < E; e++) {
    let anyFree = false;
    for (let d = 0; d < D && !anyFree; d++) anyFree = isFree(e * D + d);
    if (!anyFree) continue;
    for (let d = 0; d < D; d++) if (isFree(e * D + d)) row(w(e, d), 0, 1);
    for (let d = 0; d + 1 < D; d++) {
      for (let s = 0; s < S; s++) {
        for (let t = 0; t < S; t++) {
          if (at(inst.forbiddenNext, s * S + t))
            row(
              sum([
                [x(e, d, s), 1],
                [x(e, d + 1, t), 1],
              ]),
              0,
              1,
            );
        }
      }
    }
    const minutes: [Lin, number][] = [];
    for (let s = 0; s < S; s++) {
      const max = at(inst.maxShifts, e * S + s);
      const perType: [Lin, number][] = [];
      for (let d = 0; d < D; d++) {
        perType.push([x(e, d, s), 1]);
        minutes.push([x(e, d, s), at(inst.minutes, s)]);
      }
      row(sum(perType), 0, max);
    }
    row(sum(minutes), at(inst.minMinutes, e), at(inst.maxMinutes, e));
    const maxC = at(inst.maxConsecutive, e);
    for (let start = 0; start + maxC < D; start++) {
      const window: [Lin, number][] = [];
      for (let d = start; d <= start + maxC; d++) window.push([w(e, d), 1]);
      row(sum(window), 0, maxC);
    }
    const minC = at(inst.minConsecutive, e);
    const minOff = at(inst.minConsecutiveOff, e);
    for (let d = 0; d + 1 < D; d++) {
      for (let j = 1; j < minC && d + 1 + j < D; j++) {
        row(
          sum([
            [w(e, d + 1), 1],
            [w(e, d), -1],
            [w(e, d + 1 + j), -1],
          ]),
          -Infinity,
          0,
        );
      }
      for (let j = 1; j < minOff && d + 1 + j < D; j++) {
        row(
          sum([
            [w(e, d), 1],
            [w(e, d + 1), -1],
            [w(e, d + 1 + j), 1],
          ]),
          -Infinity,
          1,
        );
      }
    }
    const weekends: [Lin, number][] = [];
    for (let sat = 5; sat < D; sat += 7) {
      const a = w(e, sat);
      const c = sat + 1 < D ? w(e, sat + 1) : { terms: [], constant: 0 };
      if (a.terms.length === 0 && c.terms.length === 0) {
        weekends.push([{ terms: [], constant: Math.max(a.constant, c.constant) }, 1]);
        continue;
      }
      const col = b.addVar(0, 0, 1, false);
      weekendCols.push({ e, sat, col });
      row(
        sum([
          [{ terms: [[col, 1]], constant: 0 }, 1],
          [a, -1],
        ]),
        0,
        Infinity,
      );
      row(
        sum([
          [{ terms: [[col, 1]], constant: 0 }, 1],
          [c, -1],
        ]),
        0,
        Infinity,
      );
      weekends.push([{ terms: [[col, 1]], constant: 0 }, 1]);
    }
    row(sum(weekends), 0, at(inst.maxWeekends, e));
  }

  const coverCols: { i: number; under: number; over: number }[] = [];
  for (let d = 0; d < D; d++) {
    for (let s = 0; s < S; s++) {
      const i = d * S + s;
      const parts: [Lin, number][] = [];
      for (let e = 0; e < E; e++) parts.push([x(e, d, s), 1]);
      const lin = sum(parts);
      const need = at(inst.coverRequirement, i);
      if (lin.terms.length === 0) {
        b.offset += Math.max(0, need - lin.constant) * at(inst.coverUnder, i);
        b.offset += Math.max(0, lin.constant - need) * at(inst.coverOver, i);
        continue;
      }
      const under = b.addVar(at(inst.coverUnder, i), 0, Infinity, false);
      const over = b.addVar(at(inst.coverOver, i), 0, Infinity, false);
      coverCols.push({ i, under, over });
      lin.terms.push([under, 1], [over, -1]);
      row(lin, need, need);
    }
  }

  const model = b.build();
  const start = new Float64Array(model.numCols);
  const counts = new Int32Array(D * S);
  for (let cell = 0; cell < E * D; cell++) {
    const s = at(plan, cell);
    if (s < 0) continue;
    counts[(cell % D) * S + s] = at(counts, (cell % D) * S + s) + 1;
    const col = at(xCol, cell * S + s);
    if (col >= 0) start[col] = 1;
  }
  for (const { e, sat, col } of weekendCols) {
    start[col] = at(plan, e * D + sat) >= 0 || (sat + 1 < D && at(plan, e * D + sat + 1) >= 0) ? 1 : 0;
  }
  for (const { i, under, over } of coverCols) {
    start[under] = Math.max(0, at(inst.coverRequirement, i) - at(counts, i));
    start[over] = Math.max(0, at(counts, i) - at(inst.coverRequirement, i));
  }
  const decode = (columns: ArrayLike<number>): RosterPlan => {
    const out = plan.slice();
    for (let cell = 0; cell < E * D; cell++) {
      if (!isFree(cell)) continue;
      out[cell] = -1;
      for (let s = 0; s < S; s++) {
        const col = at(xCol, cell * S + s);
        if (col >= 0 && at(columns, col) > 0.5) out[cell] = s;
      }
    }
    return out;
  };
  return { model, start, decode };
};
