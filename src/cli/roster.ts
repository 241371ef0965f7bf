import { readFile } from 'node:fs/promises';
import { parseShiftBenchmark, RosterFormatError } from '../common/roster/benchmark-parser.js';
import { indexInstance } from '../common/roster/indexed-instance.js';
import { parseInstanceJson } from '../common/roster/instance-json.js';
import { planToAssignments } from '../common/roster/plan-assignments.js';
import { validateSolution } from '../common/roster/validator.js';
import { solveInWorker } from '../server/modules/roster/index.js';

export type RosterSolveOptions = { timeLimit: string; format: string; gap: string; seed: string; progress?: boolean };

const number = (raw: string, name: string, min: number, max: number): number => {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max)
    throw new Error(`${name} must be between ${min} and ${max}`);
  return value;
};

/** `atrium roster solve <instance> [--time-limit S] [--format json|shift-benchmark]`: prints a JSON result. */
export const rosterSolveCommand = async (file: string, options: RosterSolveOptions): Promise<void> => {
  const timeLimitSeconds = number(options.timeLimit, '--time-limit', 1, 86_400);
  const relativeGap = number(options.gap, '--gap', 0, 1);
  const seed = number(options.seed, '--seed', 0, 2 ** 31);
  if (options.format !== 'json' && options.format !== 'shift-benchmark') {
    throw new Error('--format must be json or shift-benchmark');
  }
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot read ${file}: ${error.code ?? error.message}`);
  });
  let instance: ReturnType<typeof parseInstanceJson>;
  try {
    instance = options.format === 'json' ? parseInstanceJson(text) : parseShiftBenchmark(text);
  } catch (error) {
    if (error instanceof RosterFormatError) throw new Error(`${file}: ${error.message}`);
    throw error;
  }
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once('SIGINT', interrupt);
  const result = await solveInWorker(instance, {
    timeLimitSeconds,
    relativeGap,
    seed,
    signal: controller.signal,
    onProgress: (p) => {
      if (options.progress)
        process.stderr.write(`${p.seconds.toFixed(1)} s ${p.phase}: ${p.objective ?? '–'} (bound ${p.bound ?? '–'})\n`);
    },
  }).finally(() => process.off('SIGINT', interrupt));
  const inst = indexInstance(instance);
  const assignments = result.plan ? planToAssignments(inst, result.plan) : [];
  const check = validateSolution(instance, assignments);
  const output = {
    status: result.plan === null ? 'no_solution' : result.optimal ? 'optimal' : 'feasible',
    objective: result.objective,
    bound: result.bound === null ? null : Math.ceil(result.bound - 1e-6),
    gap: result.gap,
    seconds: Math.round(result.seconds * 10) / 10,
    penalty: check.penalty,
    feasible: check.feasible,
    violations: check.violationsPerRule,
    assignments,
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
};
