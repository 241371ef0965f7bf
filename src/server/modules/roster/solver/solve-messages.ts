import type { RosterInstance } from '../../../../common/roster/instance.js';
import type { SolveProgress, SolveResult } from './benchmark-solve.js';

import type { SolverReply } from './worker-run.js';

/** Messages between the main thread and the solver worker (structured-clone safe). */
export type WorkerRequest = {
  instance: RosterInstance;
  timeLimitSeconds: number;
  relativeGap: number;
  seed: number;
  /** Int32Array over a SharedArrayBuffer: 1 means "stop and return the best plan so far". */
  cancel: SharedArrayBuffer;
};

export type WorkerReply = SolverReply<SolveProgress, SolveResult>;
