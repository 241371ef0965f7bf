import { readFileSync } from 'node:fs';
import path from 'node:path';
import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { parseShiftBenchmark } from '../../src/common/roster/benchmark-parser.js';
import { indexInstance } from '../../src/common/roster/indexed-instance.js';
import { planToAssignments } from '../../src/common/roster/plan-assignments.js';
import { validateSolution } from '../../src/common/roster/validator.js';
import { solveBenchmark, solveInWorker } from '../../src/server/modules/roster/index.js';
import { seededRandom } from '../../src/server/modules/roster/solver/neighbourhoods.js';
import { rowViolation } from '../../src/server/modules/roster/solver/row-feasibility.js';
import { repoRoot } from '../support/paths.js';

const load = (n: number) =>
  parseShiftBenchmark(readFileSync(path.join(repoRoot, `test/fixtures/roster/Instance${n}.txt`), 'utf8'));

describe('benchmark solver', () => {
  it('returns a plan the independent validator accepts, with its penalty, and a bound below it', async () => {
    const highs = await loadHighs();
    const instance = load(1);
    const inst = indexInstance(instance);
    const result = solveBenchmark(highs, inst, { timeLimitSeconds: 4, seed: 3 });
    expect(result.plan).not.toBeNull();
    const check = validateSolution(instance, planToAssignments(inst, result.plan ?? new Int16Array()));
    expect(check.violations).toEqual([]);
    expect(check.penalty.total).toBe(result.objective);
    expect(result.bound === null || result.bound <= check.penalty.total + 1e-6).toBe(true);

    // Near-feasible plans: the row check and the validator agree after small changes too.
    const random = seededRandom(11);
    const perType = new Int32Array(inst.shiftCount);
    for (let k = 0; k < 300; k++) {
      const plan = (result.plan ?? new Int16Array()).slice();
      for (let j = 0; j < 1 + (k % 3); j++) plan[Math.floor(random() * plan.length)] = random() < 0.5 ? -1 : 0;
      const { violations } = validateSolution(instance, planToAssignments(inst, plan));
      inst.staffIds.forEach((id, e) => {
        expect(rowViolation(inst, plan, e, perType) === 0).toBe(!violations.some((v) => v.staff === id));
      });
    }
  });

  it('runs in a worker thread, streams progress and stops when cancelled with its best plan', async () => {
    const instance = load(3);
    const controller = new AbortController();
    const phases: string[] = [];
    const began = performance.now();
    let stoppedAt = 0;
    const result = await solveInWorker(instance, {
      timeLimitSeconds: 120,
      signal: controller.signal,
      onProgress: (p) => {
        phases.push(p.phase);
        // Cancel once the exact phase has reported: the solver must stop well before its time limit.
        if (p.phase === 'exact' && !controller.signal.aborted) {
          stoppedAt = performance.now();
          controller.abort();
        }
      },
    });
    expect(stoppedAt).toBeGreaterThan(0);
    expect((performance.now() - stoppedAt) / 1000).toBeLessThan(15);
    expect((performance.now() - began) / 1000).toBeLessThan(60);
    expect(phases).toContain('construct');
    expect(result.plan).not.toBeNull();
    const check = validateSolution(
      instance,
      planToAssignments(indexInstance(instance), result.plan ?? new Int16Array()),
    );
    expect(check.feasible).toBe(true);
  });
});
