import type { Highs } from 'highs';
import type { SparseModel } from './linear-builder.js';

export type MipProgress = { objective: number | null; bound: number | null; gap: number | null; seconds: number };

export type MipRunOptions = {
  timeLimitSeconds: number;
  relativeGap: number;
  /** Warm start (a feasible column vector becomes the first incumbent). */
  start?: Float64Array;
  /** Checked at every solver checkpoint; true interrupts the solve (the best plan so far is kept). */
  shouldStop?: () => boolean;
  onProgress?: (progress: MipProgress) => void;
  randomSeed?: number;
};

export type MipRunResult = {
  status: 'optimal' | 'time_limit' | 'interrupted' | 'infeasible' | 'no_solution';
  objective: number | null;
  bound: number | null;
  columns: Float64Array | null;
};

/**
 * HiGHS's cut pool is capped: with the default (10 000 cuts, no age limit tuning) a 150-staff × 4-week model
 * grew the WebAssembly heap to its 2 GiB ceiling.
 */
const CUT_POOL_LIMIT = 2000;

const finite = (value: number, highs: Highs): number =>
  value === Infinity ? highs.infinity : value === -Infinity ? -highs.infinity : value;

/** Solves a sparse MIP with HiGHS (synchronous: call it inside a worker thread). */
export const runMip = (highs: Highs, m: SparseModel, options: MipRunOptions): MipRunResult => {
  const model = highs.createModel({
    numCols: m.numCols,
    numRows: m.numRows,
    offset: m.offset,
    colCost: m.colCost,
    colLower: m.colLower.map((v) => finite(v, highs)),
    colUpper: m.colUpper.map((v) => finite(v, highs)),
    rowLower: m.rowLower.map((v) => finite(v, highs)),
    rowUpper: m.rowUpper.map((v) => finite(v, highs)),
    integrality: m.integrality as Int32Array,
    matrix: {
      format: 'csr',
      numRows: m.numRows,
      numCols: m.numCols,
      starts: m.starts,
      indices: m.indices,
      values: m.values,
    },
  });
  try {
    model.options.set({
      output_flag: false,
      time_limit: Math.max(0.05, options.timeLimitSeconds),
      mip_rel_gap: options.relativeGap,
      mip_pool_soft_limit: CUT_POOL_LIMIT,
      mip_pool_age_limit: 10,
      random_seed: options.randomSeed ?? 0,
    });
    if (options.start) model.setSolution({ colValue: options.start });
    const type = highs.constants.callbackType;
    const report = (data: {
      running_time?: number;
      mip_primal_bound?: number;
      mip_dual_bound?: number;
      mip_gap?: number;
    }) => {
      const objective = data.mip_primal_bound;
      options.onProgress?.({
        objective: objective !== undefined && Math.abs(objective) < 1e20 ? objective : null,
        bound: data.mip_dual_bound !== undefined && Math.abs(data.mip_dual_bound) < 1e20 ? data.mip_dual_bound : null,
        gap: data.mip_gap !== undefined && Number.isFinite(data.mip_gap) ? data.mip_gap : null,
        seconds: data.running_time ?? 0,
      });
    };
    model.run({
      [type.mipInterrupt](event) {
        if (options.shouldStop?.()) event.interrupt();
      },
      [type.mipImprovingSolution](event) {
        if (options.onProgress) report(event.data);
      },
    });
    const status = model.getModelStatus();
    const codes = highs.constants.modelStatus;
    if (status === codes.infeasible) return { status: 'infeasible', objective: null, bound: null, columns: null };
    const solution = model.getSolution().colValue;
    const info = (name: string): number => {
      try {
        return Number(model.info.get(name));
      } catch {
        return Number.NaN;
      }
    };
    const dual = info('mip_dual_bound');
    const hasSolution = info('primal_solution_status') === 2;
    const bound = Math.abs(dual) < 1e20 ? dual : status === codes.optimal ? model.getObjectiveValue() : null;
    const kind = status === codes.optimal ? 'optimal' : status === codes.interrupted ? 'interrupted' : 'time_limit';
    if (!hasSolution)
      return { status: kind === 'optimal' ? 'no_solution' : kind, objective: null, bound, columns: null };
    return { status: kind, objective: model.getObjectiveValue(), bound, columns: solution };
  } finally {
    model.dispose();
  }
};
