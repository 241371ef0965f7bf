import { Worker } from 'node:worker_threads';
import type { CentreProblem } from '../../../../common/roster/centre-model.js';
import type { CentreWorkerReply, CentreWorkerRequest } from './centre-messages.js';
import type { CentreResult } from './centre-solve.js';
import type { MipProgress } from './highs-run.js';

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
  new Promise((resolve, reject) => {
    const cancel = new SharedArrayBuffer(4);
    const request: CentreWorkerRequest = {
      problem,
      timeLimitSeconds: options.timeLimitSeconds,
      relativeGap: options.relativeGap ?? 0,
      cancel,
    };
    const worker = new Worker(new URL('./centre-worker-entry.mjs', import.meta.url), { workerData: request });
    const stop = () => Atomics.store(new Int32Array(cancel), 0, 1);
    if (options.signal?.aborted) stop();
    options.signal?.addEventListener('abort', stop, { once: true });
    const watchdog = setTimeout(
      () => {
        void worker.terminate();
        reject(new Error('the solver did not stop in time'));
      },
      options.timeLimitSeconds * 1000 + GRACE_MS,
    );
    const finish = () => {
      clearTimeout(watchdog);
      options.signal?.removeEventListener('abort', stop);
      void worker.terminate();
    };
    worker.on('message', (reply: CentreWorkerReply) => {
      if (reply.type === 'progress') options.onProgress?.(reply.progress);
      else if (reply.type === 'done') {
        finish();
        resolve(reply.result);
      } else {
        finish();
        reject(new Error(reply.message));
      }
    });
    worker.on('error', (error) => {
      finish();
      reject(error);
    });
  });
