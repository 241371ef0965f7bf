import { expect, it } from 'vitest';
import type { CoverageRulesView, PlanSummary, RosterStaff } from '../../src/common/roster/plan-schemas.js';
import { forEachBackend } from '../support/app.js';
import { signInDemo } from '../support/factories.js';
import { mondayIn, plusDays, solved } from './roster-support.js';

forEachBackend('roster: the demo centre', (get) => {
  it('has contracts (about a third part-time), coverage rules and leave, and plans four weeks with explained gaps', async () => {
    const manager = await signInDemo(get().app, 'manager');
    const base = '/api/sites/brussels/roster';
    const { staff } = (await manager.get(`${base}/staff`)).json() as { staff: RosterStaff[] };
    const counsellors = staff.filter((s) => s.roles.includes('counsellor'));
    expect(counsellors.length).toBeGreaterThanOrEqual(60);
    expect(staff.every((s) => s.contract !== null)).toBe(true);
    const partTime = counsellors.filter((s) => s.contract?.partTime).length / counsellors.length;
    expect(partTime).toBeGreaterThan(0.15);
    expect(partTime).toBeLessThan(0.45);
    const rules = (await manager.get(`${base}/coverage-rules`)).json() as CoverageRulesView;
    expect(rules.updatedAt).not.toBeNull();

    const from = mondayIn(3);
    const created = await manager.post(`${base}/plans`, { from, to: plusDays(from, 25) });
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as PlanSummary).id;
    const started = await manager.post(`${base}/plans/${id}/solve`, { timeLimitSeconds: 20, relativeGap: 0.01 });
    expect(started.statusCode, started.body).toBe(202);
    const plan = await solved(manager, 'brussels', id, 'nl');
    expect(['optimal', 'time_limit'], plan.solve.error ?? '').toContain(plan.solve.status);
    expect(plan.assignments.length).toBeGreaterThan(1000);
    for (const gap of plan.gaps) expect(gap.explanation.length).toBeGreaterThan(10);
  }, 120_000);
});
