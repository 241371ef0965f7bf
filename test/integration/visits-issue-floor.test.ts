/**
 * Issuing places tickets on the floor it loaded for the previous batch when nothing else changed
 * since (no call, session, desk, settings or other instance's ticket). These tests hold it to what
 * a fresh load gives (the phone page computes its view from a fresh load), and check that a change
 * made just before an issue is seen by that issue.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Field, Language } from '../../src/common/domain.js';
import type { TicketView } from '../../src/common/visits/schemas.js';
import { tickets } from '../../src/server/db/schema/index.js';
import { issuingFloor } from '../../src/server/modules/visits/issue-floor.js';
import { issuingCounters } from '../../src/server/modules/visits/issue.service.js';
import { forEachBackend } from '../support/app.js';
import { act, callNext, issue, makeVisitSite, openDesk, phoneView } from '../support/visits.js';

const QUEUES: [Field, Language][] = [
  ['work', 'fr'],
  ['work', 'nl'],
  ['train', 'fr'],
  ['work', 'fr'],
  ['train', 'fr'],
  ['work', 'fr'],
  ['work', 'nl'],
];

/** What the issue answered against what the phone page (a fresh load) says now, without the token. */
const same = (a: TicketView, b: TicketView) => {
  expect({ ...a, token: '' }).toEqual({ ...b, token: '' });
};

// A slow test machine must not turn placing into loading: the floor may be reused for the whole test.
const reuseMs = issuingFloor.reuseMs;
beforeAll(() => {
  issuingFloor.reuseMs = 600_000;
});
afterAll(() => {
  issuingFloor.reuseMs = reuseMs;
});

forEachBackend('visits: issuing on the floor it already loaded', (get) => {
  it('gives each ticket the position and estimate a fresh load gives, and stores that estimate', async () => {
    const t = get();
    const site = await makeVisitSite(t, { desks: 3 });
    const reception = await site.staff(['reception']);
    await openDesk(await site.counsellor(['work'], ['fr', 'nl']), site.slug, site.deskIds[0] as string);
    await openDesk(await site.counsellor(['work', 'train'], ['fr']), site.slug, site.deskIds[1] as string);
    const before = issuingCounters(t.database.db, site.id);
    const issued: TicketView[] = [];
    for (const [field, language] of QUEUES) issued.push(await issue(reception, site.slug, field, language));
    const after = issuingCounters(t.database.db, site.id);
    // One load at the first batch; the others placed on it (one more load if a desk's event came late).
    expect(after.placed - before.placed).toBeGreaterThanOrEqual(QUEUES.length - 3);
    expect(issued.map((v) => v.position)).toEqual([1, 1, 1, 2, 2, 3, 2]);
    expect(issued.every((v) => v.estimate !== null)).toBe(true);
    for (const view of issued) same(view, await phoneView(t.app, view.token));
    const stored = await t.database.db
      .select({ token: tickets.token, estimate: tickets.estimateMinutes })
      .from(tickets)
      .where(eq(tickets.siteId, site.id));
    const byToken = new Map(stored.map((s) => [s.token, s.estimate]));
    for (const view of issued) expect(Math.round(byToken.get(view.token) ?? -1)).toBe(view.estimate?.minutes);
  });

  it('sees a call, a session start and a desk opened just before it, and numbers stay consecutive', async () => {
    const t = get();
    const site = await makeVisitSite(t, { desks: 2 });
    const reception = await site.staff(['reception']);
    const counsellor = await site.counsellor(['work'], ['fr']);
    await openDesk(counsellor, site.slug, site.deskIds[0] as string);
    const a = await issue(reception, site.slug, 'work', 'fr');
    const b = await issue(reception, site.slug, 'work', 'fr');
    expect([a.position, b.position]).toEqual([1, 2]);
    const called = await callNext(counsellor, site.slug);
    expect(called?.code).toBe(a.code);
    const c = await issue(reception, site.slug, 'work', 'fr');
    expect(c.position).toBe(2); // b, then c: the call is seen at once
    same(c, await phoneView(t.app, c.token));
    await act(counsellor, site.slug, called?.id as string, 'start');
    const d = await issue(reception, site.slug, 'work', 'fr');
    same(d, await phoneView(t.app, d.token));
    // A second counsellor arrives: the next ticket's estimate counts them.
    await openDesk(await site.counsellor(['work'], ['fr']), site.slug, site.deskIds[1] as string);
    const e = await issue(reception, site.slug, 'work', 'fr');
    same(e, await phoneView(t.app, e.token));
    expect(e.estimate?.minutes).toBeLessThan(d.estimate?.minutes ?? 0);
    expect([a, b, c, d, e].map((v) => v.code)).toEqual(['W 001', 'W 002', 'W 003', 'W 004', 'W 005']);
  });

  it('bursts of concurrent issues: unique consecutive positions per queue, each as a fresh load gives', async () => {
    const t = get();
    const site = await makeVisitSite(t, { desks: 2 });
    const reception = await site.staff(['reception']);
    await openDesk(await site.counsellor(['work', 'train'], ['fr', 'nl']), site.slug, site.deskIds[0] as string);
    await issue(reception, site.slug, 'work', 'fr'); // loads the floor once
    const views: TicketView[] = [];
    for (let burst = 0; burst < 3; burst++) {
      views.push(
        ...(await Promise.all(
          Array.from({ length: 12 }, (_, i) => issue(reception, site.slug, i % 3 === 0 ? 'train' : 'work', 'fr')),
        )),
      );
    }
    const work = views.filter((v) => v.field === 'work').map((v) => v.position);
    const train = views.filter((v) => v.field === 'train').map((v) => v.position);
    expect([...work].sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual(Array.from({ length: 24 }, (_, i) => i + 2));
    expect([...train].sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    for (const view of views) same(view, await phoneView(t.app, view.token));
  });

  it('with a ratio rule every batch loads the floor (a newcomer may go before older tickets)', async () => {
    const t = get();
    const site = await makeVisitSite(t, {
      desks: 1,
      settings: { ratios: [{ first: 'work', second: 'train', ratio: 2 }] },
    });
    const reception = await site.staff(['reception']);
    await openDesk(await site.counsellor(['work', 'train'], ['fr']), site.slug, site.deskIds[0] as string);
    const before = issuingCounters(t.database.db, site.id);
    const train = await issue(reception, site.slug, 'train', 'fr');
    const work = await issue(reception, site.slug, 'work', 'fr');
    expect(issuingCounters(t.database.db, site.id).placed).toBe(before.placed);
    // work is due first under 2:1, so the newcomer is called before the older train ticket.
    expect(train.estimate?.minutes).toBe(0);
    expect(work.estimate?.minutes).toBe(0);
    same(work, await phoneView(t.app, work.token));
    expect((await phoneView(t.app, train.token)).estimate?.minutes).toBeGreaterThan(0);
  });
});
