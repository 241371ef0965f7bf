import type { CentreProblem } from '../../../../common/roster/centre-model.js';
import type { CentreResult } from './centre-solve.js';
import type { MipProgress } from './highs-run.js';

import type { SolverReply } from './worker-run.js';

/** Messages between the main thread and the centre-plan worker (structured-clone safe). */
export type CentreWorkerRequest = {
  problem: CentreProblem;
  timeLimitSeconds: number;
  relativeGap: number;
  /** Int32Array over a SharedArrayBuffer: 1 means "stop now". */
  cancel: SharedArrayBuffer;
};

export type CentreWorkerReply = SolverReply<MipProgress, CentreResult>;
