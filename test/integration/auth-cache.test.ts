import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/server/db/client.js';
import type { App } from '../../src/server/platform/context.js';
import { buildTestApp } from '../support/app.js';
import { anonymous, Client } from '../support/client.js';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../support/databases.js';
import { signInDemo } from '../support/factories.js';

/**
 * With the session cache on, two instances on one database: what ends a session or a device on one
 * instance takes effect on the other at once (the change is announced with NOTIFY as it commits).
 */
describe.each(BACKENDS)('cached sessions and device tokens across two instances [%s]', (backend) => {
  let shared: TestDatabase;
  let second: Database;
  let a: App;
  let b: App;
  const cacheOn = { AUTH_CACHE_SECONDS: '60' };

  beforeAll(async () => {
    shared = await openTestDatabase(backend);
    second = shared.url ? await openDatabase({ kind: 'postgres', url: shared.url, poolSize: 3 }) : shared.database;
    a = (await buildTestApp(shared.database, cacheOn)).app;
    b = (await buildTestApp(second, cacheOn)).app;
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    if (second !== shared.database) await second?.close();
    await shared?.dispose();
  });

  /** The same session (cookie and CSRF token) used against instance B. */
  const onB = (client: Client) => {
    const other = new Client(b);
    other.sessionCookie = client.sessionCookie;
    other.csrfToken = client.csrfToken;
    return other;
  };

  /** Instance B heard the change once it refuses; bounded wait for the notification to arrive. */
  const refusedSoon = async (request: () => Promise<{ statusCode: number }>) => {
    const deadline = Date.now() + 3000;
    let status = 0;
    while (Date.now() < deadline) {
      status = (await request()).statusCode;
      if (status === 401) return status;
      await new Promise((r) => setTimeout(r, 25));
    }
    return status;
  };

  it('a sign-out on one instance ends the session on the other', async () => {
    const manager = await signInDemo(a, 'manager');
    const there = onB(manager);
    expect((await there.get('/api/auth/me')).statusCode).toBe(200);
    expect((await there.get('/api/auth/me')).statusCode).toBe(200); // now served from B's cache
    expect((await manager.post('/api/auth/logout')).statusCode).toBe(200);
    expect(await refusedSoon(() => there.get('/api/auth/me'))).toBe(401);
  });

  it('disabling an account on one instance ends its sessions on the other', async () => {
    const admin = await signInDemo(a, 'admin');
    const steward = await signInDemo(a, 'steward');
    const there = onB(steward);
    const me = (await there.get('/api/auth/me')).json() as { user: { id: string } };
    expect((await admin.patch(`/api/staff/${me.user.id}`, { active: false })).statusCode).toBe(200);
    expect(await refusedSoon(() => there.get('/api/auth/me'))).toBe(401);
    expect((await admin.patch(`/api/staff/${me.user.id}`, { active: true })).statusCode).toBe(200);
  });

  it('revoking a device on one instance refuses its token on the other', async () => {
    const admin = await signInDemo(a, 'admin');
    const enrol = await admin.post('/api/sites/brussels/devices', {
      kind: 'display',
      label: 'Cache test',
      stationId: null,
    });
    const { device, code } = enrol.json() as { device: { id: string }; code: string };
    const { token } = (await anonymous(a).post('/api/devices/claim', { code })).json() as { token: string };
    const display = new Client(b);
    display.bearer = token;
    expect((await display.get('/api/devices/me')).statusCode).toBe(200);
    expect((await display.get('/api/devices/me')).statusCode).toBe(200);
    expect((await admin.post(`/api/sites/brussels/devices/${device.id}/revoke`)).statusCode).toBe(200);
    expect(await refusedSoon(() => display.get('/api/devices/me'))).toBe(401);
  });
});
