import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseShiftBenchmark } from '../src/common/roster/benchmark-parser.js';
import { indexInstance } from '../src/common/roster/indexed-instance.js';
import { planToAssignments } from '../src/common/roster/plan-assignments.js';
import { validateSolution } from '../src/common/roster/validator.js';
import { solveInWorker } from '../src/server/modules/roster/index.js';

export type InstanceRow = {
  instance: string;
  objective: number | null;
  bestKnown: number;
  ratio: number | null;
  feasible: boolean;
  bound: number | null;
  seconds: number;
};

/** `../shared/data/shift-scheduling` beside the repository (CI clones shared/ next to it). */
export const benchmarkFolder = (root: string): string => path.resolve(root, '../shared/data/shift-scheduling');

const bestKnown = (folder: string): Map<string, number> => {
  const rows = readFileSync(path.join(folder, 'best-known.tsv'), 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((r) => r.split('\t')).map(([name, best]) => [name ?? '', Number(best)]));
};

/** Solves benchmark instances `numbers` with the product's worker solver, `seconds` each. */
export const benchInstances = async (root: string, numbers: number[], seconds: number): Promise<InstanceRow[]> => {
  const folder = benchmarkFolder(root);
  if (!existsSync(folder)) {
    throw new Error(`benchmark instances not found at ${folder} (clone shared/ beside the repository)`);
  }
  const best = bestKnown(folder);
  const rows: InstanceRow[] = [];
  for (const n of numbers) {
    const name = `Instance${n}`;
    const instance = parseShiftBenchmark(readFileSync(path.join(folder, `${name}.txt`), 'utf8'));
    const result = await solveInWorker(instance, { timeLimitSeconds: seconds });
    const check = result.plan
      ? validateSolution(instance, planToAssignments(indexInstance(instance), result.plan))
      : null;
    const known = best.get(name) ?? Number.NaN;
    rows.push({
      instance: name,
      objective: check?.penalty.total ?? null,
      bestKnown: known,
      ratio: check ? check.penalty.total / known : null,
      feasible: check?.feasible ?? false,
      bound: result.bound === null ? null : Math.ceil(result.bound - 1e-6),
      seconds: Math.round(result.seconds * 10) / 10,
    });
    process.stderr.write(`${name}: ${check?.penalty.total ?? 'no solution'} (best known ${known})\n`);
  }
  return rows;
};
