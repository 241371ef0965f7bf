import type { CentreProblem } from '../../../../common/roster/centre-model.js';
import type { CentreWorkerRequest } from './centre-messages.js';
import type { CentreResult } from './centre-solve.js';
import type { MipProgress } from './highs-run.js';
import { runSolverWorker } from './worker-run.js';

export type CentreSolveOptions = {
  timeLimitSeconds: number;
  relativeGap?: number;
  signal?: AbortSignal;
  onProgress?: (progress: MipProgress) => void;
};

/**
 * Grace after the time limit before a stuck worker is terminated: generous, since starting a worker (loader and
 * WebAssembly) takes seconds on a busy machine.
 */
const GRACE_MS = 60_000;

/**
 * Solves a centre plan in a worker thread (HiGHS blocks its thread). Aborting the signal stops the solver at
 * its next checkpoint; the result then has status `interrupted`.
 */
export const solveCentreInWorker = (problem: CentreProblem, options: CentreSolveOptions): Promise<CentreResult> =>
  runSolverWorker<Omit<CentreWorkerRequest, 'cancel'>, MipProgress, CentreResult>(
    new URL('./centre-worker-entry.mjs', import.meta.url),
    { problem, timeLimitSeconds: options.timeLimitSeconds, relativeGap: options.relativeGap ?? 0 },
    { ...options, graceMs: GRACE_MS },
  );
