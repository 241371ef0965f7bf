import { expect, it } from 'vitest';
import type { StationScreen } from '../../src/common/space/schemas.js';
import { stationUses } from '../../src/server/db/schema/index.js';
import { buildTestApp, forEachBackend } from '../support/app.js';
import { Client } from '../support/client.js';
import { expectProblem } from '../support/problem.js';
import { deviceClient, makeSpaceSite, snapshot, start, actOnUse } from './space-support.js';

forEachBackend('space: station uses', (get) => {
  it('starts, extends up to the limit, moves and ends a use; the grid shows each state', async () => {
    const site = await makeSpaceSite(get());
    const steward = await site.steward();
    const [pc1, pc2] = site.computers as [string, string];
    const use = await start(steward, site.slug, pc1);
    expect(use).toMatchObject({ limitMinutes: 60, shortened: false, extensions: 0, startedVia: 'steward' });
    expect(Date.parse(use.endsAt) - Date.parse(use.startedAt)).toBe(60 * 60_000);
    let snap = await snapshot(steward, site.slug);
    expect(snap.stations.find((s) => s.id === pc1)?.state).toBe('in_use');

    const once = await actOnUse(steward, site.slug, use.id, 'extend');
    expect(Date.parse(once.endsAt) - Date.parse(use.endsAt)).toBe(15 * 60_000);
    await actOnUse(steward, site.slug, use.id, 'extend');
    const third = await steward.post(`/api/sites/${site.slug}/space/uses/${use.id}/extend`);
    expectProblem(third, 409, 'use.extension_limit');

    const moved = await steward.post(`/api/sites/${site.slug}/space/uses/${use.id}/move`, { stationId: pc2 });
    expect(moved.statusCode, moved.body).toBe(200);
    snap = await snapshot(steward, site.slug);
    expect(snap.stations.find((s) => s.id === pc1)?.state).toBe('free');
    expect(snap.stations.find((s) => s.id === pc2)?.use?.extensions).toBe(2);

    const ended = await actOnUse(steward, site.slug, use.id, 'end');
    expect(ended.id).toBe(use.id);
    expectProblem(await steward.post(`/api/sites/${site.slug}/space/uses/${use.id}/end`), 409, 'use.ended');
    snap = await snapshot(steward, site.slug);
    expect(snap.stations.every((s) => s.state === 'free')).toBe(true);
  });

  it('two stewards starting the same free station at once: exactly one succeeds', async () => {
    const site = await makeSpaceSite(get());
    const [a, b] = [await site.steward(), await site.steward()];
    const station = site.computers[0] as string;
    const results = await Promise.all(
      [a, b, a, b].map((c) => c.post(`/api/sites/${site.slug}/space/uses`, { stationId: station })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409)) expectProblem(r, 409, 'station.busy');
    const snap = await snapshot(a, site.slug);
    expect(snap.stations.filter((s) => s.use).length).toBe(1);
    // The database itself refuses a second open use, whatever the code in front of it does.
    const open = {
      siteId: site.id,
      stationId: station,
      kind: 'computer',
      serviceDate: '2026-01-01',
      startedAt: new Date(),
      endsAt: new Date(),
      limitMinutes: 60,
      normalLimitMinutes: 60,
      startedVia: 'steward',
    };
    await expect(get().database.db.insert(stationUses).values(open)).rejects.toThrow();
  });

  it('refuses bad input with problem+json and changes nothing', async () => {
    const site = await makeSpaceSite(get());
    const steward = await site.steward();
    const [pc1, pc2] = site.computers as [string, string];
    await start(steward, site.slug, pc1);
    expectProblem(await steward.post(`/api/sites/${site.slug}/space/uses`, { stationId: pc1 }), 409, 'station.busy');
    expectProblem(
      await steward.post(`/api/sites/${site.slug}/space/stations/${pc1}/out-of-order`, { note: 'screen' }),
      409,
      'station.busy',
    );
    const broken = await steward.post(`/api/sites/${site.slug}/space/stations/${pc2}/out-of-order`, {
      note: 'No keyboard',
    });
    expect(broken.statusCode, broken.body).toBe(204);
    expectProblem(
      await steward.post(`/api/sites/${site.slug}/space/uses`, { stationId: pc2 }),
      409,
      'station.out_of_order',
    );
    let snap = await snapshot(steward, site.slug);
    expect(snap.stations.find((s) => s.id === pc2)).toMatchObject({ state: 'out_of_order', note: 'No keyboard' });
    expect((await steward.post(`/api/sites/${site.slug}/space/stations/${pc2}/in-service`)).statusCode).toBe(204);
    expectProblem(
      await steward.post(`/api/sites/${site.slug}/space/uses`, { stationId: 'nope' }),
      400,
      'validation.failed',
    );
    expectProblem(
      await steward.post(`/api/sites/${site.slug}/space/uses`, { stationId: site.tablets[0], ticketCode: 'Z 999' }),
      409,
      'space.ticket_invalid',
    );
    const other = await makeSpaceSite(get());
    expectProblem(
      await steward.post(`/api/sites/${site.slug}/space/uses`, { stationId: other.computers[0] }),
      404,
      'resource.not_found',
    );
    expectProblem(await (await other.steward()).get(`/api/sites/${site.slug}/space`), 403, 'auth.forbidden');
    snap = await snapshot(steward, site.slug);
    expect(snap.stations.filter((s) => s.use).length).toBe(1);
    expect(snap.stations.find((s) => s.id === pc2)?.state).toBe('free');
  });

  it('station screen: state, help raised once, own help only, resolved by a steward; a revoked token is refused', async () => {
    const site = await makeSpaceSite(get());
    const steward = await site.steward();
    const admin = await site.admin();
    const [pc1, pc2] = site.computers as [string, string];
    const screen1 = await deviceClient(get(), admin, site.slug, 'station', pc1);
    const screen2 = await deviceClient(get(), admin, site.slug, 'station', pc2);
    let state = (await screen1.client.get('/api/station')).json() as StationScreen;
    expect(state).toMatchObject({ station: { id: pc1, kind: 'computer' }, use: null, help: null });
    const use = await start(steward, site.slug, pc1);
    state = (await screen1.client.get('/api/station')).json() as StationScreen;
    expect(state.use?.endsAt).toBe(use.endsAt);

    const raised = await screen1.client.post('/api/station/help');
    expect(raised.statusCode, raised.body).toBe(201);
    const again = await screen1.client.post('/api/station/help');
    const helpId = (raised.json() as { id: string }).id;
    expect((again.json() as { id: string }).id).toBe(helpId);
    let snap = await snapshot(steward, site.slug);
    expect(snap.helpQueue).toHaveLength(1);
    expect(snap.stations.find((s) => s.id === pc1)?.state).toBe('help');

    expectProblem(await screen2.client.post(`/api/station/help/${helpId}/cancel`), 403, 'help.not_yours');
    const ack = await steward.post(`/api/sites/${site.slug}/space/help/${helpId}/acknowledge`);
    expect(ack.statusCode, ack.body).toBe(200);
    expect((await steward.post(`/api/sites/${site.slug}/space/help/${helpId}/resolve`)).statusCode).toBe(200);
    expectProblem(await steward.post(`/api/sites/${site.slug}/space/help/${helpId}/resolve`), 409, 'help.wrong_state');
    snap = await snapshot(steward, site.slug);
    expect(snap.helpQueue).toHaveLength(0);

    expect((await admin.post(`/api/sites/${site.slug}/devices/${screen2.deviceId}/revoke`)).statusCode).toBe(200);
    expectProblem(await screen2.client.post('/api/station/help'), 401, 'device.revoked');
    expectProblem(await steward.get('/api/station'), 401, 'device.token_invalid');
  });

  it('a running use survives a server restart (the state is in the database)', async () => {
    const t = get();
    const site = await makeSpaceSite(t);
    const use = await start(await site.steward(), site.slug, site.tablets[0] as string);
    const { app } = await buildTestApp(t.database);
    await app.ready();
    try {
      const steward = await site.steward();
      const again = new Client(app);
      again.sessionCookie = steward.sessionCookie;
      again.csrfToken = steward.csrfToken;
      const snap = await snapshot(again, site.slug);
      const station = snap.stations.find((s) => s.id === site.tablets[0]);
      expect(station?.use).toMatchObject({ id: use.id, endsAt: use.endsAt, limitMinutes: 30 });
      await actOnUse(again, site.slug, use.id, 'end');
    } finally {
      await app.close();
    }
  });
});
