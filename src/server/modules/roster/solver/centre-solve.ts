import type { Highs } from 'highs';
import type { CentreProblem } from '../../../../common/roster/centre-model.js';
import { buildCentreModel, type CentreAssignment } from './centre-mip.js';
import { type MipProgress, runMip } from './highs-run.js';

export type Shortfall = { slot: number; rule: string; missing: number };
export type CentreResult = {
  status: 'optimal' | 'time_limit' | 'interrupted' | 'infeasible' | 'no_solution';
  assignments: CentreAssignment[];
  objective: number | null;
  bound: number | null;
  gap: number | null;
  shortfalls: Shortfall[];
  seconds: number;
};

/** Solves the centre's plan exactly (time limit, relative gap); gaps in coverage come back as shortfalls. */
export const solveCentre = (
  highs: Highs,
  problem: CentreProblem,
  options: {
    timeLimitSeconds: number;
    relativeGap?: number;
    shouldStop?: () => boolean;
    onProgress?: (progress: MipProgress) => void;
  },
): CentreResult => {
  const began = performance.now();
  const built = buildCentreModel(problem);
  const result = runMip(highs, built.model, {
    timeLimitSeconds: options.timeLimitSeconds,
    relativeGap: options.relativeGap ?? 0,
    ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const columns = result.columns;
  const shortfalls = columns
    ? built.shortfalls
        .map((s) => ({ slot: s.slot, rule: s.rule, missing: Math.round(columns[s.column] ?? 0) }))
        .filter((s) => s.missing > 0)
    : [];
  const gap =
    result.objective !== null && result.bound !== null
      ? Math.max(0, (result.objective - result.bound) / Math.max(1, Math.abs(result.objective)))
      : null;
  return {
    status: result.status,
    assignments: columns ? built.decode(columns) : [],
    objective: result.objective,
    bound: result.bound,
    gap,
    shortfalls,
    seconds: (performance.now() - began) / 1000,
  };
};

/** Assignments in one plan and not the other, both ways (what a re-plan changed). */
export const changedAssignments = (before: CentreAssignment[], after: CentreAssignment[]): number => {
  const key = (a: CentreAssignment) => `${a.staff}|${a.slot}|${a.activity}`;
  const a = new Set(before.map(key));
  const b = new Set(after.map(key));
  let n = 0;
  for (const k of a) if (!b.has(k)) n++;
  for (const k of b) if (!a.has(k)) n++;
  return n;
};
