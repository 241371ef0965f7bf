import { parentPort, workerData } from 'node:worker_threads';
import loadHighs from 'highs';
import { indexInstance } from '../../../../common/roster/indexed-instance.js';
import { solveBenchmark } from './benchmark-solve.js';
import type { WorkerReply, WorkerRequest } from './solve-messages.js';

const request = workerData as WorkerRequest;
const post = (reply: WorkerReply) => parentPort?.postMessage(reply);
const cancel = new Int32Array(request.cancel);

try {
  const highs = await loadHighs();
  const result = solveBenchmark(highs, indexInstance(request.instance), {
    timeLimitSeconds: request.timeLimitSeconds,
    relativeGap: request.relativeGap,
    seed: request.seed,
    shouldStop: () => Atomics.load(cancel, 0) === 1,
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  post({ type: 'done', result });
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
