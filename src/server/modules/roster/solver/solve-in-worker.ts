import type { RosterInstance } from '../../../../common/roster/instance.js';
import type { SolveProgress, SolveResult } from './benchmark-solve.js';
import type { WorkerRequest } from './solve-messages.js';
import { runSolverWorker } from './worker-run.js';

export type WorkerSolveOptions = {
  timeLimitSeconds: number;
  relativeGap?: number;
  seed?: number;
  signal?: AbortSignal;
  onProgress?: (progress: SolveProgress) => void;
};

/** Grace after the time limit before a stuck worker is terminated. */
const GRACE_MS = 10_000;

/**
 * Runs the solver in a worker thread (HiGHS blocks its thread). Aborting the signal asks the solver to stop
 * at its next checkpoint and resolves with the best plan found so far.
 */
export const solveInWorker = (instance: RosterInstance, options: WorkerSolveOptions): Promise<SolveResult> =>
  runSolverWorker<Omit<WorkerRequest, 'cancel'>, SolveProgress, SolveResult>(
    new URL('./solver-worker-entry.mjs', import.meta.url),
    {
      instance,
      timeLimitSeconds: options.timeLimitSeconds,
      relativeGap: options.relativeGap ?? 0,
      seed: options.seed ?? 1,
    },
    { ...options, graceMs: GRACE_MS },
  );
