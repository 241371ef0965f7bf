import { expect, it } from 'vitest';
import type { PlanSummary } from '../../src/common/roster/plan-schemas.js';
import { forEachBackend, type TestContext } from '../support/app.js';
import { makeOrganisation } from '../support/factories.js';
import { makeRosterSite, mondayIn, plusDays, setContract, solve } from './roster-support.js';

const NO_COVERAGE = {
  fields: [],
  frenchOnFloor: 0,
  dutchOnFloor: 0,
  receptionFrench: 0,
  receptionDutch: 0,
  stewards: 0,
  unpopular: [],
  targets: {},
};

/**
 * One week. Anna (organisation A) is on leave Thursday and Friday, so her contract asks only 2 of the 5
 * half-days she could work; Bert (organisation B) works full time. The organisations' agreed shares decide
 * how many of Anna's free half-days she gets.
 */
async function planWith(t: TestContext, shareOfA: number) {
  const a = await makeOrganisation(t.database.db, { fundingSharePercent: shareOfA });
  const b = await makeOrganisation(t.database.db, { fundingSharePercent: 100 - shareOfA });
  const site = await makeRosterSite(t);
  const base = `/api/sites/${site.slug}/roster`;
  const anna = await site.person(['counsellor'], ['work'], ['fr'], a.id);
  const bert = await site.person(['counsellor'], ['work'], ['nl'], b.id);
  await setContract(site, anna.id, {
    hoursPerWeek: 19,
    workingWeekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    maxDaysPerWeek: 5,
    maxConsecutiveDays: 5,
  });
  await setContract(site, bert.id);
  expect((await site.manager.put(`${base}/coverage-rules`, NO_COVERAGE)).statusCode).toBe(200);
  const from = mondayIn(2);
  const leave = { from: plusDays(from, 3), to: plusDays(from, 4), part: 'day', kind: 'leave' };
  expect((await site.manager.post(`${base}/staff/${anna.id}/absences`, leave)).statusCode).toBe(201);
  const created = await site.manager.post(`${base}/plans`, { from, to: plusDays(from, 4) });
  const plan = await solve(site.manager, site.slug, (created.json() as PlanSummary).id);
  expect(plan.solve.status).toBe('optimal');
  return { plan, a: a.id, b: b.id, anna: anna.id };
}

forEachBackend('roster: organisation shares', (get) => {
  it('a large agreed share gets an organisation its free half-days, a small one keeps them away', async () => {
    const large = await planWith(get(), 80);
    // Monday and Tuesday: 4 h a half-day; Wednesday morning (the site closes at noon): 3 h.
    expect(large.plan.assignments.filter((x) => x.userId === large.anna)).toHaveLength(5);
    const a = large.plan.organisationShares.find((s) => s.organisationId === large.a);
    expect(a).toMatchObject({ agreedPercent: 80, targetPercent: 80, plannedHours: 19 });
    const b = large.plan.organisationShares.find((s) => s.organisationId === large.b);
    expect((a?.plannedPercent ?? 0) + (b?.plannedPercent ?? 0)).toBeCloseTo(100, 0);

    const small = await planWith(get(), 5);
    expect(small.plan.assignments.filter((x) => x.userId === small.anna)).toHaveLength(2);
    expect(small.plan.organisationShares.find((s) => s.organisationId === small.a)?.agreedPercent).toBe(5);
  }, 180_000);
});
