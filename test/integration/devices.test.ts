import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { devices } from '../../src/server/db/schema/index.js';
import { forEachBackend } from '../support/app.js';
import { anonymous, type Client } from '../support/client.js';
import { signInDemo } from '../support/factories.js';
import { expectProblem, fieldsOf } from '../support/problem.js';

type Enrolment = { device: { id: string; status: string }; code: string };

forEachBackend('devices', (get) => {
  const enrol = async (admin: Client, label = 'Kiosk') => {
    const response = await admin.post('/api/sites/brussels/devices', { kind: 'kiosk', label, stationId: null });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Enrolment;
  };

  it('enrols, claims, identifies and revokes a device', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const { device, code } = await enrol(admin, 'Kiosk — hall');
    expect(device.status).toBe('pending');
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const kiosk = anonymous(get().app);
    const claim = await kiosk.post('/api/devices/claim', { code: ` ${code.toLowerCase().replace('-', '')} ` });
    expect(claim.statusCode, claim.body).toBe(201);
    const { token } = claim.json() as { token: string };
    kiosk.bearer = token;
    const me = await kiosk.get('/api/devices/me');
    expect(me.json()).toEqual({ id: device.id, kind: 'kiosk', label: 'Kiosk — hall', siteSlug: 'brussels' });
    const listed = (await admin.get('/api/sites/brussels/devices')).json() as { id: string; status: string }[];
    expect(listed.find((d) => d.id === device.id)?.status).toBe('active');

    const revoked = await admin.post(`/api/sites/brussels/devices/${device.id}/revoke`);
    expect(revoked.statusCode).toBe(200);
    expectProblem(await kiosk.get('/api/devices/me'), 401, 'device.revoked');
  });

  it('refuses a used, wrong or expired code', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const { device, code } = await enrol(admin);
    const kiosk = anonymous(get().app);
    expect((await kiosk.post('/api/devices/claim', { code })).statusCode).toBe(201);
    expectProblem(await kiosk.post('/api/devices/claim', { code }), 400, 'device.code_invalid');
    expectProblem(await kiosk.post('/api/devices/claim', { code: 'AAAA-AAAA' }), 400, 'device.code_invalid');
    const malformed = await kiosk.post('/api/devices/claim', { code: 'nope' });
    expect(fieldsOf(expectProblem(malformed, 400, 'validation.failed'))).toEqual(['code']);

    const late = await enrol(admin);
    await get()
      .database.db.update(devices)
      .set({ codeExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(devices.id, late.device.id));
    expectProblem(await kiosk.post('/api/devices/claim', { code: late.code }), 400, 'device.code_invalid');
    expect(device.id).not.toBe(late.device.id);
  });

  it('claims a demo device with the code printed at first start', async () => {
    const demoCode = get().demo.deviceCodes[0]?.code as string;
    const claim = await anonymous(get().app).post('/api/devices/claim', { code: demoCode });
    expect(claim.statusCode, claim.body).toBe(201);
    expect((claim.json() as { device: { kind: string } }).device.kind).toBe('kiosk');
  });

  it('a new code replaces the token of an enrolled device', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const { device, code } = await enrol(admin);
    const kiosk = anonymous(get().app);
    kiosk.bearer = ((await kiosk.post('/api/devices/claim', { code })).json() as { token: string }).token;
    const fresh = await admin.post(`/api/sites/brussels/devices/${device.id}/code`);
    expect(fresh.statusCode).toBe(201);
    expectProblem(await kiosk.get('/api/devices/me'), 401, 'device.token_invalid');
    const again = await anonymous(get().app).post('/api/devices/claim', { code: (fresh.json() as Enrolment).code });
    expect(again.statusCode).toBe(201);
  });

  it('requires a station for a station screen, from the same site', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const before = (await admin.get('/api/sites/brussels/devices')).body;
    const missing = await admin.post('/api/sites/brussels/devices', {
      kind: 'station',
      label: 'Screen',
      stationId: null,
    });
    expect(fieldsOf(expectProblem(missing, 400, 'validation.failed'))).toEqual(['stationId']);
    const unknown = await admin.post('/api/sites/brussels/devices', {
      kind: 'station',
      label: 'Screen',
      stationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(fieldsOf(expectProblem(unknown, 400, 'validation.failed'))).toEqual(['stationId']);
    expect((await admin.get('/api/sites/brussels/devices')).body).toBe(before);
    const station = ((await admin.get('/api/sites/brussels/stations')).json() as { id: string }[])[0]?.id;
    const ok = await admin.post('/api/sites/brussels/devices', {
      kind: 'station',
      label: 'Screen',
      stationId: station,
    });
    expect(ok.statusCode).toBe(201);
  });

  it('answers a bad bearer token with 401 and does not let a device use staff routes', async () => {
    const bogus = anonymous(get().app);
    bogus.bearer = 'not-a-token';
    expectProblem(await bogus.get('/api/devices/me'), 401, 'device.token_invalid');
    const admin = await signInDemo(get().app, 'admin');
    const { code } = await enrol(admin);
    const kiosk = anonymous(get().app);
    kiosk.bearer = ((await kiosk.post('/api/devices/claim', { code })).json() as { token: string }).token;
    expectProblem(await kiosk.get('/api/staff'), 401, 'auth.required');
    const zone = { code: 'DV', name: { fr: 'D', nl: 'D', en: 'D' }, kind: 'waiting' };
    expectProblem(await kiosk.post('/api/sites/brussels/zones', zone), 401, 'auth.required');
    expectProblem(await anonymous(get().app).get('/api/devices/me'), 401, 'device.token_invalid');
  });

  it('lists staff actions in the audit log for administrators only', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const { device } = await enrol(admin, 'Audited kiosk');
    await admin.post(`/api/sites/brussels/devices/${device.id}/revoke`);
    const log = await admin.get('/api/audit?limit=20');
    expect(log.statusCode).toBe(200);
    const entries = log.json() as {
      action: string;
      targetId: string | null;
      actor: string | null;
      siteSlug: string | null;
    }[];
    const mine = entries.filter((e) => e.targetId === device.id).map((e) => e.action);
    expect(mine).toEqual(['device.revoke', 'device.enrol']);
    expect(entries.find((e) => e.targetId === device.id)).toMatchObject({
      actor: 'Alex Administrateur',
      siteSlug: 'brussels',
    });
    const filtered = (await admin.get('/api/audit?action=device.enrol&limit=200')).json() as { action: string }[];
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((e) => e.action === 'device.enrol')).toBe(true);
    expectProblem(await admin.get('/api/audit?limit=0'), 400, 'validation.failed');
    expectProblem(await admin.get('/api/audit?whatever=1'), 400, 'validation.failed');
    expectProblem(await (await signInDemo(get().app, 'manager')).get('/api/audit'), 403, 'auth.forbidden');
  });
});
