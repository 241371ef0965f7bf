export { type SolveProgress, type SolveResult, solveBenchmark } from './solver/benchmark-solve.js';
export { solveInWorker, type WorkerSolveOptions } from './solver/solve-in-worker.js';
