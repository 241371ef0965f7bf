import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type {
  Feed,
  LiveCoverage,
  MyPlan,
  PlanDetail,
  PlanDiff,
  PlanSummary,
} from '../../src/common/roster/plan-schemas.js';
import { domainEvents } from '../../src/server/db/schema/index.js';
import { forEachBackend } from '../support/app.js';
import { anonymous } from '../support/client.js';
import { expectProblem } from '../support/problem.js';
import { makeRosterSite, mondayIn, plusDays, setContract, solve, solved } from './roster-support.js';

forEachBackend('roster: plans', (get) => {
  it('builds, explains, pins, re-solves, publishes, re-plans a sick day; staff read their plan and feed; check-ins drive live coverage', async () => {
    const site = await makeRosterSite(get());
    const base = `/api/sites/${site.slug}/roster`;
    const anna = await site.person(['counsellor'], ['work', 'choose'], ['fr']);
    const bart = await site.person(['counsellor'], ['work', 'train'], ['nl']);
    const chloe = await site.person(['counsellor'], ['choose', 'train'], ['fr', 'nl']);
    const dirk = await site.person(['counsellor'], ['choose', 'work'], ['nl', 'en']);
    const rita = await site.person(['reception'], [], ['fr']);
    const ruud = await site.person(['reception'], [], ['nl']);
    const sam = await site.person(['steward'], [], ['fr', 'nl']);
    for (const p of [anna, bart, chloe, rita, ruud, sam]) await setContract(site, p.id);
    await setContract(site, dirk.id, {
      hoursPerWeek: 19,
      workingWeekdays: ['mon', 'tue', 'thu'],
      maxDaysPerWeek: 3,
      maxConsecutiveDays: 2,
    });
    const rules = {
      fields: ['choose', 'train', 'work'],
      frenchOnFloor: 1,
      dutchOnFloor: 1,
      receptionFrench: 1,
      receptionDutch: 1,
      stewards: 1,
      unpopular: [{ weekday: 'fri', part: 'afternoon' }],
      targets: {},
    };
    expect((await site.manager.put(`${base}/coverage-rules`, rules)).statusCode).toBe(200);
    const from = mondayIn(2);
    const to = plusDays(from, 11);
    // The only Dutch-speaking receptionist is on leave the first week: those half-days cannot be covered.
    const leave = await site.manager.post(`${base}/staff/${ruud.id}/absences`, {
      from,
      to: plusDays(from, 4),
      part: 'day',
      kind: 'leave',
    });
    expect(leave.statusCode, leave.body).toBe(201);

    const created = await site.manager.post(`${base}/plans`, { from, to });
    expect(created.statusCode, created.body).toBe(201);
    const planId = (created.json() as PlanSummary).id;
    let plan = await solve(site.manager, site.slug, planId);
    expect(['optimal', 'time_limit'], plan.solve.error ?? '').toContain(plan.solve.status);
    expect(plan.assignments.length).toBeGreaterThan(0);
    expect(plan.solve.bound).not.toBeNull();
    const dutchDesk = plan.gaps.filter((g) => g.rule === 'reception:nl' && g.date <= plusDays(from, 4));
    expect(dutchDesk.length).toBe(9);
    expect(dutchDesk[0]?.onLeave).toBe(1);
    expect(dutchDesk[0]?.explanation).toMatch(/Dutch-speaking receptionist.*1 is on leave/);
    const fr = (await site.manager.get(`${base}/plans/${planId}`, { 'accept-language': 'fr' })).json() as PlanDetail;
    expect(fr.gaps.find((g) => g.rule === 'reception:nl')?.explanation).toMatch(/en congé/);
    // Nobody works on the site's closed Wednesday afternoons or outside the period.
    expect(plan.assignments.every((a) => a.date >= from && a.date <= to)).toBe(true);
    expect(
      plan.assignments.some((a) => new Date(`${a.date}T12:00:00Z`).getUTCDay() === 3 && a.part === 'afternoon'),
    ).toBe(false);

    // Pin two people, re-solve: the pins stay.
    const pins = [
      { userId: anna.id, date: plusDays(from, 7), part: 'morning', activity: 'counselling:choose' },
      { userId: chloe.id, date: plusDays(from, 8), part: 'afternoon', activity: 'counselling:train' },
    ];
    for (const p of pins) {
      const r = await site.manager.post(`${base}/plans/${planId}/pins`, p);
      expect(r.statusCode, r.body).toBe(201);
    }
    plan = await solve(site.manager, site.slug, planId);
    for (const p of pins) {
      expect(plan.assignments).toContainEqual(expect.objectContaining({ ...p, pinned: true }));
    }
    const published = await site.manager.post(`${base}/plans/${planId}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect((published.json() as PlanSummary).status).toBe('published');
    expectProblem(await site.manager.post(`${base}/plans/${planId}/solve`, {}), 409, 'roster.plan_published');

    // Bart calls in sick on a day he works: the re-plan changes few assignments, shown before publishing.
    const sickDay = plan.assignments.find((a) => a.userId === bart.id && a.date > plusDays(from, 6))?.date as string;
    expect(sickDay).toBeDefined();
    expect(
      (
        await site.manager.post(`${base}/staff/${bart.id}/absences`, {
          from: sickDay,
          to: sickDay,
          part: 'day',
          kind: 'sick',
        })
      ).statusCode,
    ).toBe(201);
    const replan = await site.manager.post(`${base}/plans/${planId}/replan`, { timeLimitSeconds: 5 });
    expect(replan.statusCode, replan.body).toBe(201);
    const draftId = (replan.json() as PlanSummary).id;
    const draft = await solved(site.manager, site.slug, draftId);
    expect(draft.basedOnPlanId).toBe(planId);
    expect(draft.assignments.some((a) => a.userId === bart.id && a.date === sickDay)).toBe(false);
    const diff = (await site.manager.get(`${base}/plans/${draftId}/diff`)).json() as PlanDiff;
    expect(diff.changes.some((c) => c.userId === bart.id && c.date === sickDay && c.after === null)).toBe(true);
    expect(diff.changes.length).toBeLessThanOrEqual(8);
    expect(
      diff.changes.every((c) => c.date === sickDay || c.before === null || c.after === null || c.before !== c.after),
    ).toBe(true);
    expect((await site.manager.post(`${base}/plans/${draftId}/publish`)).statusCode).toBe(200);
    const list = (await site.manager.get(`${base}/plans`)).json() as { plans: PlanSummary[] };
    expect(list.plans.find((p) => p.id === planId)?.status).toBe('superseded');

    // Anna reads her own plan and subscribes to her calendar feed.
    const mine = await anna.client.get(`${base}/me/plan?from=${from}&to=${to}`);
    expect(mine.statusCode, mine.body).toBe(200);
    const shifts = (mine.json() as MyPlan).shifts;
    expect(shifts.length).toBeGreaterThan(0);
    expect(shifts).toContainEqual(
      expect.objectContaining({
        date: plusDays(from, 7),
        part: 'morning',
        activity: 'counselling:choose',
        start: '09:00',
        end: '13:00',
      }),
    );
    const feed = (await anna.client.post(`${base}/me/feed`)).json() as Feed;
    const path = new URL(feed.url as string).pathname;
    const ics = await anonymous(get().app).get(path);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.body.match(/BEGIN:VEVENT/g)?.length).toBe(shifts.length);
    expect(ics.body).toContain('END:VCALENDAR');
    await anna.client.post(`${base}/me/feed`);
    expect((await anonymous(get().app).get(path)).statusCode).toBe(404);

    // On the day: check-ins drive the live coverage.
    expect((await anna.client.post(`${base}/check-in`)).statusCode).toBe(200);
    expect((await dirk.client.post(`${base}/check-in`)).statusCode).toBe(200);
    let live = (await rita.client.get(`${base}/live`)).json() as LiveCoverage;
    const cell = (l: LiveCoverage, field: string, language: string) =>
      l.cells.find((c) => c.field === field && c.language === language)?.present;
    expect(cell(live, 'work', 'fr')).toBe(1);
    expect(cell(live, 'work', 'nl')).toBe(1);
    expect(cell(live, 'train', 'nl')).toBe(0);
    expect(
      live.people
        .filter((p) => p.onSite)
        .map((p) => p.userId)
        .sort(),
    ).toEqual([anna.id, dirk.id].sort());
    expect((await dirk.client.post(`${base}/check-out`)).statusCode).toBe(200);
    expectProblem(await dirk.client.post(`${base}/check-out`), 409, 'roster.not_checked_in');
    // The site's stream also reaches kiosks and display boards: its check-in events do not say who.
    const checkins = await get()
      .database.db.select({ data: domainEvents.data })
      .from(domainEvents)
      .where(and(eq(domainEvents.siteId, site.id), eq(domainEvents.type, 'checkin.changed')))
      .orderBy(domainEvents.id);
    expect(checkins.map((e) => e.data)).toEqual([{ onSite: true }, { onSite: true }, { onSite: false }]);
    live = (await site.manager.get(`${base}/live`)).json() as LiveCoverage;
    expect(cell(live, 'work', 'nl')).toBe(0);
    expect(live.lines.find((l) => l.rule === 'floor:fr')?.present).toBe(1);
  }, 180_000);
  it('soft preferences steer the plan: a person who avoids Mondays works Tuesday', async () => {
    const site = await makeRosterSite(get());
    const base = `/api/sites/${site.slug}/roster`;
    const anna = await site.person(['counsellor'], ['work'], ['fr']);
    await setContract(site, anna.id, {
      hoursPerWeek: 8,
      workingWeekdays: ['mon', 'tue'],
      maxDaysPerWeek: 1,
      maxConsecutiveDays: 1,
    });
    const rules = {
      fields: ['work'],
      frenchOnFloor: 0,
      dutchOnFloor: 0,
      receptionFrench: 0,
      receptionDutch: 0,
      stewards: 0,
      unpopular: [],
      targets: {},
    };
    expect((await site.manager.put(`${base}/coverage-rules`, rules)).statusCode).toBe(200);
    const prefs = {
      prefer: [],
      avoid: [
        { weekday: 'mon', part: 'morning' },
        { weekday: 'mon', part: 'afternoon' },
      ],
    };
    const saved = await anna.client.put(`${base}/me/preferences`, prefs);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as { preferences: unknown }).preferences).toEqual(prefs);
    const from = mondayIn(2);
    const planId = ((await site.manager.post(`${base}/plans`, { from, to: plusDays(from, 4) })).json() as PlanSummary)
      .id;
    const plan = await solve(site.manager, site.slug, planId);
    expect(plan.assignments.map((a) => a.date)).toEqual([plusDays(from, 1), plusDays(from, 1)]);
    // The solve was announced on the site's event stream, with the plan id.
    const events = await get()
      .database.db.select()
      .from(domainEvents)
      .where(and(eq(domainEvents.siteId, site.id), eq(domainEvents.type, 'roster.changed')));
    expect(events.map((e) => e.data)).toContainEqual({ planId, kind: 'solved' });
  }, 180_000);
});
