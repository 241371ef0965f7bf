import { expect, it } from 'vitest';
import type { Role } from '../../src/common/domain.js';
import { forEachBackend } from '../support/app.js';
import { anonymous, type Client } from '../support/client.js';
import { signedInStaff, signInDemo } from '../support/factories.js';
import { expectProblem } from '../support/problem.js';

type Call = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; body?: unknown };

/** Every administrator-only route, with a body that would be valid for an administrator. */
const adminCalls = (ids: { org: string; staff: string; zone: string; device: string; site: string }): Call[] => [
  { method: 'GET', url: '/api/audit' },
  {
    method: 'POST',
    url: '/api/organisations',
    body: {
      slug: 'denied-org',
      name: { fr: 'N', nl: 'N', en: 'N' },
      kind: 'other',
      website: null,
      fundingSharePercent: null,
    },
  },
  { method: 'PATCH', url: `/api/organisations/${ids.org}`, body: { website: null } },
  {
    method: 'POST',
    url: '/api/staff',
    body: {
      displayName: 'Denied',
      email: 'denied@test.atrium.example',
      organisationId: ids.org,
      preferredLanguage: 'fr',
      languages: ['fr'],
      fields: [],
      contractHours: 38,
      trainedOn: null,
      active: true,
      siteRoles: [{ siteId: ids.site, roles: ['admin'] }],
    },
  },
  { method: 'PATCH', url: `/api/staff/${ids.staff}`, body: { siteRoles: [{ siteId: ids.site, roles: ['admin'] }] } },
  { method: 'POST', url: `/api/staff/${ids.staff}/reset-link` },
  { method: 'PATCH', url: '/api/sites/brussels', body: { address: 'Elsewhere 1' } },
  {
    method: 'POST',
    url: '/api/sites/brussels/zones',
    body: { code: 'DN', name: { fr: 'D', nl: 'D', en: 'D' }, kind: 'waiting' },
  },
  { method: 'PATCH', url: `/api/sites/brussels/zones/${ids.zone}`, body: { code: 'DN2' } },
  { method: 'DELETE', url: `/api/sites/brussels/zones/${ids.zone}` },
  { method: 'GET', url: '/api/sites/brussels/devices' },
  { method: 'POST', url: '/api/sites/brussels/devices', body: { kind: 'kiosk', label: 'Denied', stationId: null } },
  { method: 'POST', url: `/api/sites/brussels/devices/${ids.device}/code` },
  { method: 'POST', url: `/api/sites/brussels/devices/${ids.device}/revoke` },
];

const send = (client: Client, call: Call) =>
  call.method === 'GET'
    ? client.get(call.url)
    : call.method === 'DELETE'
      ? client.delete(call.url)
      : call.method === 'PATCH'
        ? client.patch(call.url, call.body)
        : client.post(call.url, call.body);

forEachBackend('role checks on administrator routes', (get) => {
  const setup = async () => {
    const admin = await signInDemo(get().app, 'admin');
    const site = ((await admin.get('/api/auth/me')).json() as { sites: { id: string }[] }).sites[0]?.id as string;
    const org = ((await admin.get('/api/organisations')).json() as { id: string }[])[0]?.id as string;
    const staff = ((await admin.get('/api/staff')).json() as { id: string }[])[0]?.id as string;
    const zone = ((await admin.get('/api/sites/brussels/zones')).json() as { id: string }[])[0]?.id as string;
    const device = ((await admin.get('/api/sites/brussels/devices')).json() as { id: string }[])[0]?.id as string;
    return { admin, ids: { site, org, staff, zone, device } };
  };

  for (const role of ['manager', 'reception', 'counsellor', 'steward', 'partner'] as Role[]) {
    it(`refuses every administrator route to a ${role}, changing nothing`, async () => {
      const { admin, ids } = await setup();
      const snapshot = async () => [
        (await admin.get('/api/organisations')).body,
        (await admin.get('/api/sites/brussels/zones')).body,
        (await admin.get('/api/sites/brussels/devices')).body,
        (await admin.get('/api/sites/brussels/public')).body,
        (await admin.get(`/api/staff/${ids.staff}`)).body,
      ];
      const { client } = await signedInStaff(get().app, get().database.db, { roles: [role] });
      const before = await snapshot();
      for (const call of adminCalls(ids)) {
        expectProblem(await send(client, call), 403, 'auth.forbidden');
      }
      expect(await snapshot()).toEqual(before);
    });
  }

  it('asks an anonymous caller to sign in on every administrator route', async () => {
    const { ids } = await setup();
    for (const call of adminCalls(ids)) expectProblem(await send(anonymous(get().app), call), 401, 'auth.required');
  });

  it('refuses a site administrator of another site the configuration of this one', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const created = await admin.post('/api/admin/sites', {
      ...((await admin.get('/api/sites/brussels/public')).json() as Record<string, unknown>),
      id: undefined,
      zones: undefined,
      slug: 'other-centre',
    });
    expect(created.statusCode).toBe(201);
    const otherSite = (created.json() as { id: string }).id;
    const { client } = await signedInStaff(get().app, get().database.db, { roles: ['admin'], siteId: otherSite });
    expectProblem(await client.patch('/api/sites/brussels', { address: 'X 1' }), 403, 'auth.forbidden');
    expectProblem(await client.get('/api/sites/brussels/zones'), 403, 'auth.forbidden');
    expect((await client.patch('/api/sites/other-centre', { address: 'Y 2' })).statusCode).toBe(200);
  });

  it('lets a manager see all staff but not change them', async () => {
    const manager = await signInDemo(get().app, 'manager');
    const list = await manager.get('/api/staff');
    expect(list.statusCode).toBe(200);
    expect((list.json() as unknown[]).length).toBeGreaterThan(50);
  });

  it('refuses counsellors, stewards and reception the staff list', async () => {
    for (const role of ['counsellor', 'steward', 'reception'] as Role[]) {
      const { client } = await signedInStaff(get().app, get().database.db, { roles: [role] });
      expectProblem(await client.get('/api/staff'), 403, 'auth.forbidden');
    }
  });
});
