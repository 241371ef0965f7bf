import { Worker } from 'node:worker_threads';

/** What every solver worker posts back: progress while it runs, then its result or its failure. */
export type SolverReply<P, R> =
  | { type: 'progress'; progress: P }
  | { type: 'done'; result: R }
  | { type: 'error'; message: string };

export type WorkerRunOptions<P> = {
  timeLimitSeconds: number;
  /** How long past the time limit a stuck worker may run before it is terminated. */
  graceMs: number;
  signal?: AbortSignal;
  onProgress?: (progress: P) => void;
};

/**
 * Runs a solver entry in a worker thread (HiGHS blocks its thread). `request` gets a shared `cancel` flag:
 * aborting the signal sets it, and the solver stops at its next checkpoint with its best plan so far.
 */
export function runSolverWorker<Q extends object, P, R>(
  entry: URL,
  request: Q,
  options: WorkerRunOptions<P>,
): Promise<R> {
  return new Promise((resolve, reject) => {
    const cancel = new SharedArrayBuffer(4);
    const worker = new Worker(entry, { workerData: { ...request, cancel } });
    const stop = () => Atomics.store(new Int32Array(cancel), 0, 1);
    if (options.signal?.aborted) stop();
    options.signal?.addEventListener('abort', stop, { once: true });
    const watchdog = setTimeout(
      () => {
        void worker.terminate();
        reject(new Error('the solver did not stop in time'));
      },
      options.timeLimitSeconds * 1000 + options.graceMs,
    );
    const finish = () => {
      clearTimeout(watchdog);
      options.signal?.removeEventListener('abort', stop);
      void worker.terminate();
    };
    worker.on('message', (reply: SolverReply<P, R>) => {
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
}
