import { expect, it } from 'vitest';
import type {
  Availability,
  CoverageRulesView,
  PlanDetail,
  PlanSummary,
  RosterStaff,
} from '../../src/common/roster/plan-schemas.js';
import { forEachBackend } from '../support/app.js';
import { makeOrganisation } from '../support/factories.js';
import { expectProblem, fieldsOf } from '../support/problem.js';
import { makeRosterSite, mondayIn, plusDays, setContract, solve, solved } from './roster-support.js';

forEachBackend('roster: bad input', (get) => {
  it('refuses contradictory contracts, availability outside opening hours or against the contract, impossible rules', async () => {
    const site = await makeRosterSite(get());
    const base = `/api/sites/${site.slug}/roster`;
    const anna = await site.person(['counsellor'], ['work'], ['fr']);
    const body = expectProblem(
      await site.manager.put(`${base}/staff/${anna.id}/contract`, {
        hoursPerWeek: 38,
        workingWeekdays: ['mon', 'tue'],
        maxDaysPerWeek: 2,
        maxConsecutiveDays: 2,
      }),
      400,
      'roster.contract_contradictory',
    );
    expect(fieldsOf(body)).toContain('hoursPerWeek');
    const staff = (await site.manager.get(`${base}/staff`)).json() as { staff: RosterStaff[] };
    expect(staff.staff.find((s) => s.userId === anna.id)?.contract).toBeNull();

    // Wednesday afternoons and weekends are closed.
    expectProblem(
      await anna.client.put(`${base}/me/availability/recurring`, {
        unavailable: [{ weekday: 'wed', part: 'afternoon', kind: 'partner_duty' }],
      }),
      400,
      'roster.outside_opening_hours',
    );
    const saturday = plusDays(mondayIn(1), 5);
    expectProblem(
      await anna.client.post(`${base}/me/absences`, {
        from: saturday,
        to: plusDays(saturday, 1),
        part: 'day',
        kind: 'leave',
      }),
      400,
      'roster.outside_opening_hours',
    );
    expectProblem(
      await anna.client.post(`${base}/me/absences`, {
        from: saturday,
        to: plusDays(saturday, -3),
        part: 'day',
        kind: 'leave',
      }),
      400,
      'roster.period_invalid',
    );
    // Full time is nine half-days: the site opens nine a week, so no weekly absence fits the contract.
    await setContract(site, anna.id);
    const against = expectProblem(
      await anna.client.put(`${base}/me/availability/recurring`, {
        unavailable: [{ weekday: 'mon', part: 'morning', kind: 'training' }],
      }),
      409,
      'roster.availability_contradicts_contract',
    );
    expect(against.title).toMatch(/9/);
    const mine = (await anna.client.get(`${base}/me/availability`)).json() as Availability;
    expect(mine.recurring).toEqual([]);
    expect(mine.absences).toEqual([]);

    const rules = {
      fields: ['work'],
      frenchOnFloor: 1,
      dutchOnFloor: 0,
      receptionFrench: 0,
      receptionDutch: 0,
      stewards: 3,
      unpopular: [],
      targets: {},
    };
    const tooMany = expectProblem(
      await site.manager.put(`${base}/coverage-rules`, rules),
      409,
      'roster.coverage_exceeds_staff',
    );
    expect(tooMany.title).toMatch(/3/);
    expectProblem(
      await site.manager.put(`${base}/coverage-rules`, { ...rules, stewards: 0, dutchOnFloor: 1 }),
      409,
      'roster.coverage_exceeds_staff',
    );
    const kept = (await site.manager.get(`${base}/coverage-rules`)).json() as CoverageRulesView;
    expect(kept.updatedAt).toBeNull();
    expectProblem(
      await site.manager.put(`${base}/coverage-rules`, { ...rules, stewards: -1 }),
      400,
      'validation.failed',
    );
  }, 180_000);

  it('a solve on a site with nobody to plan, a bad period, a pin out of skill: clear answers, nothing saved', async () => {
    const empty = await makeRosterSite(get());
    const from = mondayIn(2);
    const plan = await empty.manager.post(`/api/sites/${empty.slug}/roster/plans`, { from, to: plusDays(from, 4) });
    const id = (plan.json() as PlanSummary).id;
    expectProblem(
      await empty.manager.post(`/api/sites/${empty.slug}/roster/plans/${id}/solve`, {}),
      409,
      'roster.no_staff',
    );
    const after = (await empty.manager.get(`/api/sites/${empty.slug}/roster/plans/${id}`)).json() as PlanDetail;
    expect(after.solve.status).toBe('idle');
    expectProblem(
      await empty.manager.post(`/api/sites/${empty.slug}/roster/plans`, { from, to: plusDays(from, -1) }),
      400,
      'roster.period_invalid',
    );
    expectProblem(
      await empty.manager.post(`/api/sites/${empty.slug}/roster/plans`, { from, to: plusDays(from, 60) }),
      400,
      'roster.period_invalid',
    );

    const site = await makeRosterSite(get());
    const base = `/api/sites/${site.slug}/roster`;
    const anna = await site.person(['counsellor'], ['work'], ['fr']);
    // Eight hours: two half-days a week, on one day at most.
    await setContract(site, anna.id, {
      hoursPerWeek: 8,
      workingWeekdays: ['mon', 'tue'],
      maxDaysPerWeek: 1,
      maxConsecutiveDays: 1,
    });
    const created = await site.manager.post(`${base}/plans`, { from, to: plusDays(from, 4) });
    const planId = (created.json() as PlanSummary).id;
    const first = await solve(site.manager, site.slug, planId);
    expect(first.assignments.length).toBe(2);
    const pin = { userId: anna.id, date: from, part: 'morning', activity: 'counselling:work' };
    expectProblem(
      await site.manager.post(`${base}/plans/${planId}/pins`, { ...pin, activity: 'reception' }),
      400,
      'roster.activity_not_allowed',
    );
    expectProblem(
      await site.manager.post(`${base}/plans/${planId}/pins`, { ...pin, date: plusDays(from, 2), part: 'afternoon' }),
      400,
      'roster.outside_opening_hours',
    );
    expectProblem(
      await site.manager.post(`${base}/plans/${planId}/pins`, { ...pin, date: plusDays(from, 5) }),
      400,
      'roster.outside_opening_hours',
    );

    // Pins on two days break the one-day limit: the solve fails and the plan keeps its assignments.
    expect((await site.manager.post(`${base}/plans/${planId}/pins`, pin)).statusCode).toBe(201);
    expect(
      (await site.manager.post(`${base}/plans/${planId}/pins`, { ...pin, date: plusDays(from, 1) })).statusCode,
    ).toBe(201);
    const failed = await solve(site.manager, site.slug, planId);
    expect(failed.solve.status).toBe('failed');
    expect(failed.assignments.map((a) => `${a.date}|${a.part}`).sort()).toEqual(
      [
        ...new Set([
          ...first.assignments.map((a) => `${a.date}|${a.part}`),
          `${from}|morning`,
          `${plusDays(from, 1)}|morning`,
        ]),
      ].sort(),
    );
    // A cancelled solve keeps them too.
    const pins = failed.assignments.filter((a) => a.pinned && a.date !== from);
    for (const p of pins)
      expect((await site.manager.delete(`${base}/plans/${planId}/pins/${p.id}`)).statusCode).toBe(200);
    const started = await site.manager.post(`${base}/plans/${planId}/solve`, { timeLimitSeconds: 5 });
    expect(started.statusCode).toBe(202);
    expectProblem(await site.manager.post(`${base}/plans/${planId}/solve`, {}), 409, 'roster.solve_running');
    const cancelled = await site.manager.post(`${base}/plans/${planId}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const kept = await solved(site.manager, site.slug, planId);
    expect(kept.solve.status).toBe('cancelled');
    expect(kept.assignments.length).toBe(failed.assignments.length);
  }, 180_000);

  it("keeps other sites' plans and other people's availability out of reach; a partner sees its own people only", async () => {
    const site = await makeRosterSite(get());
    const other = await makeRosterSite(get());
    const base = `/api/sites/${site.slug}/roster`;
    const anna = await site.person(['counsellor'], ['work'], ['fr']);
    const elsewhere = await makeOrganisation(get().database.db);
    const bart = await site.person(['counsellor'], ['work'], ['nl'], elsewhere.id);
    for (const p of [anna, bart]) await setContract(site, p.id);
    const from = mondayIn(2);
    const planId = ((await site.manager.post(`${base}/plans`, { from, to: plusDays(from, 4) })).json() as PlanSummary)
      .id;
    expectProblem(
      await other.manager.get(`/api/sites/${other.slug}/roster/plans/${planId}`),
      404,
      'resource.not_found',
    );
    expectProblem(await other.manager.get(`${base}/plans/${planId}`), 403, 'auth.forbidden');
    expectProblem(
      await other.manager.post(`/api/sites/${other.slug}/roster/plans/${planId}/publish`),
      404,
      'resource.not_found',
    );

    const leave = await anna.client.post(`${base}/me/absences`, { from, to: from, part: 'morning', kind: 'leave' });
    expect(leave.statusCode, leave.body).toBe(201);
    expectProblem(await bart.client.get(`${base}/staff/${anna.id}/availability`), 403, 'auth.forbidden');
    expectProblem(
      await bart.client.delete(`${base}/me/absences/${(leave.json() as { id: string }).id}`),
      404,
      'resource.not_found',
    );
    expectProblem(
      await bart.client.put(`${base}/staff/${bart.id}/contract`, {
        hoursPerWeek: 10,
        workingWeekdays: ['mon'],
        maxDaysPerWeek: 1,
        maxConsecutiveDays: 1,
      }),
      403,
      'auth.forbidden',
    );
    expectProblem(await bart.client.get(`${base}/plans/${planId}`), 403, 'auth.forbidden');
    expect(((await anna.client.get(`${base}/me/availability`)).json() as Availability).absences.length).toBe(1);

    // Anna's organisation's coordinator (a partner role at the site): its own people only, read-only.
    const coordinator = await site.person(['partner'], [], ['fr'], anna.organisationId);
    const seen = (await coordinator.client.get(`${base}/plans/${planId}`)).json() as PlanDetail;
    expect(seen.staff.map((s) => s.userId)).toContain(anna.id);
    expect(seen.staff.map((s) => s.userId)).not.toContain(bart.id);
    expectProblem(await coordinator.client.get(`${base}/staff/${bart.id}/availability`), 403, 'auth.forbidden');
    expectProblem(await coordinator.client.post(`${base}/plans/${planId}/solve`, {}), 403, 'auth.forbidden');
    expect((await coordinator.client.get(`${base}/staff/${anna.id}/availability`)).statusCode).toBe(200);
  }, 180_000);
});
