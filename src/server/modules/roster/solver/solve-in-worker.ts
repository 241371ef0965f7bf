import { Worker } from 'node:worker_threads';
import type { RosterInstance } from '../../../../common/roster/instance.js';
import type { SolveProgress, SolveResult } from './benchmark-solve.js';
import type { WorkerReply, WorkerRequest } from './solve-messages.js';

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
  new Promise((resolve, reject) => {
    const cancel = new SharedArrayBuffer(4);
    const request: WorkerRequest = {
      instance,
      timeLimitSeconds: options.timeLimitSeconds,
      relativeGap: options.relativeGap ?? 0,
      seed: options.seed ?? 1,
      cancel,
    };
    const worker = new Worker(new URL('./solver-worker-entry.mjs', import.meta.url), { workerData: request });
    const stop = () => Atomics.store(new Int32Array(cancel), 0, 1);
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
    worker.on('message', (reply: WorkerReply) => {
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
