import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShiftBenchmark } from '../../src/common/roster/benchmark-parser.js';
import { indexInstance } from '../../src/common/roster/indexed-instance.js';
import { scorePlan } from '../../src/common/roster/penalty.js';
import { planToAssignments } from '../../src/common/roster/plan-assignments.js';
import { validateSolution } from '../../src/common/roster/validator.js';
import { rowViolation } from '../../src/server/modules/roster/solver/row-feasibility.js';
import { repoRoot } from '../support/paths.js';

const instance = parseShiftBenchmark(readFileSync(path.join(repoRoot, 'test/fixtures/roster/Instance2.txt'), 'utf8'));
const inst = indexInstance(instance);
const cells = inst.staffCount * inst.days;
/** Plans where each cell is off with probability ~1/2, else a random shift. */
const plans = fc
  .array(fc.integer({ min: -inst.shiftCount, max: inst.shiftCount - 1 }), { minLength: cells, maxLength: cells })
  .map((values) => Int16Array.from(values, (v) => (v < 0 ? -1 : v)));

describe('roster scoring and hard rules', () => {
  it('the fast scorer agrees with the independent validator on any plan', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        expect(scorePlan(inst, plan)).toEqual(validateSolution(instance, planToAssignments(inst, plan)).penalty);
      }),
      { numRuns: 300 },
    );
  });

  it("the local search's row check finds a violation exactly when the validator does", () => {
    const perType = new Int32Array(inst.shiftCount);
    fc.assert(
      fc.property(plans, (plan) => {
        const { violations } = validateSolution(instance, planToAssignments(inst, plan));
        inst.staffIds.forEach((id, e) => {
          expect(rowViolation(inst, plan, e, perType) === 0).toBe(!violations.some((v) => v.staff === id));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('scores the Curtois–Qu penalty by hand on a tiny case', () => {
    const one = parseShiftBenchmark(readFileSync(path.join(repoRoot, 'test/fixtures/roster/Instance1.txt'), 'utf8'));
    const nobody = validateSolution(one, []);
    const required = one.cover.reduce((sum, c) => sum + c.requirement * c.underWeight, 0);
    const onRequests = one.shiftOnRequests.reduce((sum, r) => sum + r.weight, 0);
    expect(nobody.penalty).toEqual({
      total: required + onRequests,
      shiftOnRequests: onRequests,
      shiftOffRequests: 0,
      coverUnder: required,
      coverOver: 0,
    });
    expect(nobody.violationsPerRule.min_total_minutes).toBe(8);
    const twice = validateSolution(one, [
      { staff: 'A', day: 0, shift: 'D' },
      { staff: 'A', day: 0, shift: 'D' },
      { staff: 'Z', day: 1, shift: 'D' },
    ]);
    expect(twice.violationsPerRule).toMatchObject({ one_shift_per_day: 1, day_off: 1, unknown_staff_or_shift: 1 });
  });
});
