import { afterEach, expect, it } from 'vitest';
import type { SpaceDisplay, SpaceSummary, SpaceTicketView, StationScreen } from '../../src/common/space/schemas.js';
import { expireOffers } from '../../src/server/modules/space/index.js';
import { forEachBackend } from '../support/app.js';
import { anonymous } from '../support/client.js';
import { expectProblem } from '../support/problem.js';
import { closeAllStreams, listen, SseReader } from '../support/sse.js';
import { deviceClient, issueSpace, makeSpaceSite, snapshot, start, actOnUse } from './space-support.js';

const phone = async (t: { app: Parameters<typeof anonymous>[0] }, token: string) =>
  (await anonymous(t.app).get(`/api/space-tickets/${token}`)).json() as SpaceTicketView;

forEachBackend('space: waiting list', (get) => {
  afterEach(() => closeAllStreams());

  it('when the tablets are busy, tickets wait; a freed tablet is offered to the first, claimed at the station', async () => {
    const t = get();
    const site = await makeSpaceSite(t, { computers: 1, tablets: 2 });
    const steward = await site.steward();
    const reception = await site.reception();
    const admin = await site.admin();
    const [tab1, tab2] = site.tablets as [string, string];
    const first = await start(steward, site.slug, tab1);
    await start(steward, site.slug, tab2);

    const a = await issueSpace(reception, site.slug, 'tablet');
    const { client: kiosk } = await deviceClient(t, admin, site.slug, 'kiosk', null);
    const kioskIssued = await kiosk.post('/api/kiosk/space-tickets', { kind: 'tablet' });
    expect(kioskIssued.statusCode, kioskIssued.body).toBe(201);
    const b = kioskIssued.json() as SpaceTicketView;
    expect(a).toMatchObject({ code: 'T 001', status: 'waiting', position: 1 });
    expect(b).toMatchObject({ code: 'T 002', status: 'waiting', position: 2 });

    const base = await listen(t.app);
    const stream = await SseReader.connect(base, `/api/space-tickets/${a.token}/stream`);
    await stream.waitFor((f) => f.event === 'status');

    await actOnUse(steward, site.slug, first.id, 'end');
    const offered = await stream.waitFor((f) => f.event === 'status' && f.data?.includes('"offered"') === true);
    expect(JSON.parse(offered.data ?? '{}')).toMatchObject({
      status: 'offered',
      offer: { stationLabel: 'TAB-01', zoneCode: 'D' },
    });
    expect((await phone(t, b.token)).position).toBe(1);
    const display = (await steward.get(`/api/sites/${site.slug}/space/display`)).json() as SpaceDisplay;
    expect(display.offers).toEqual([expect.objectContaining({ code: 'T 001', stationLabel: 'TAB-01' })]);
    expect(display.waiting.tablet).toBe(1);

    // Reserved: a steward cannot give it to someone else; the wrong code does not claim it either.
    expectProblem(
      await steward.post(`/api/sites/${site.slug}/space/uses`, { stationId: tab1 }),
      409,
      'station.reserved',
    );
    const screen = await deviceClient(t, admin, site.slug, 'station', tab1);
    const state = (await screen.client.get('/api/station')).json() as StationScreen;
    expect(state.offer?.code).toBe('T 001');
    expectProblem(await screen.client.post('/api/station/claim', { code: 't2' }), 409, 'station.reserved');
    const claimed = await screen.client.post('/api/station/claim', { code: 't001' });
    expect(claimed.statusCode, claimed.body).toBe(201);
    expect(claimed.json()).toMatchObject({ startedVia: 'ticket', limitMinutes: 30 });
    expect((await phone(t, a.token)).status).toBe('seated');
    expectProblem(await screen.client.post('/api/station/claim', { code: 'T 001' }), 409, 'station.busy');
  });

  it('an unclaimed offer expires and passes to the next ticket; a long list shortens new uses', async () => {
    const t = get();
    const site = await makeSpaceSite(t, { computers: 1, tablets: 0 });
    const steward = await site.steward();
    const manager = await site.manager();
    const rules = await manager.patch(`/api/sites/${site.slug}/space/rules`, {
      shortenFromWaiting: 2,
      shortenPercent: 50,
    });
    expect(rules.statusCode, rules.body).toBe(200);
    const pc = site.computers[0] as string;
    const use = await start(steward, site.slug, pc);
    const tickets = [];
    for (let i = 0; i < 3; i++) tickets.push(await issueSpace(steward, site.slug, 'computer'));
    expect(tickets[2]?.limit).toEqual({ minutes: 30, normalMinutes: 60, shortened: true });

    await actOnUse(steward, site.slug, use.id, 'end');
    expect((await phone(t, tickets[0]?.token ?? '')).status).toBe('offered');
    expect(await expireOffers(t.database.db, new Date())).toBe(0);
    expect(await expireOffers(t.database.db, new Date(Date.now() + 6 * 60_000))).toBe(1);
    expect((await phone(t, tickets[0]?.token ?? '')).status).toBe('expired');
    expect((await phone(t, tickets[1]?.token ?? '')).offer?.stationLabel).toBe('PC-01');

    const seated = await start(steward, site.slug, pc, tickets[1]?.code);
    // One ticket still waits: below the threshold of 2, the normal limit applies.
    expect(seated).toMatchObject({ limitMinutes: 60, shortened: false, startedVia: 'ticket' });
    const snap = await snapshot(steward, site.slug);
    expect(snap.waiting.map((w) => w.code)).toEqual(['D 003']);

    const summary = (await manager.get(`/api/sites/${site.slug}/space/summary`)).json() as SpaceSummary;
    expect(summary).toMatchObject({ uses: 2, tickets: 3, expiredOffers: 1, helpRequests: 0 });
    expect(summary.averageUseMinutes).not.toBeNull();
    expect(summary.averageWaitMinutes).not.toBeNull();
    expectProblem(await steward.get(`/api/sites/${site.slug}/space/summary`), 403, 'auth.forbidden');
    expectProblem(
      await anonymous(t.app).get('/api/space-tickets/not-a-real-token-but-long'),
      404,
      'resource.not_found',
    );
    expectProblem(
      await steward.post(`/api/sites/${site.slug}/space-tickets`, { kind: 'phone' }),
      400,
      'validation.failed',
    );
  });
});
