import { parentPort, workerData } from 'node:worker_threads';
import loadHighs from 'highs';
import type { CentreWorkerReply, CentreWorkerRequest } from './centre-messages.js';
import { solveCentre } from './centre-solve.js';

const request = workerData as CentreWorkerRequest;
const post = (reply: CentreWorkerReply) => parentPort?.postMessage(reply);
const cancel = new Int32Array(request.cancel);

try {
  const highs = await loadHighs();
  const result = solveCentre(highs, request.problem, {
    timeLimitSeconds: request.timeLimitSeconds,
    relativeGap: request.relativeGap,
    shouldStop: () => Atomics.load(cancel, 0) === 1,
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  post({ type: 'done', result });
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
