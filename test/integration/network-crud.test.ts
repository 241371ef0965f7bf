import { expect, it } from 'vitest';
import { forEachBackend } from '../support/app.js';
import { signInDemo, unique } from '../support/factories.js';
import { expectProblem, fieldsOf } from '../support/problem.js';

const text = (s: string) => ({ fr: s, nl: s, en: s });
type Site = Record<string, unknown> & { id: string; slug: string; zones: unknown; openingHours: object };

forEachBackend('sites, organisations and staff', (get) => {
  it('creates a site whose creator administers it, and updates it', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const template = (await admin.get('/api/sites/brussels/public')).json() as Site;
    const slug = unique('ghent');
    const { id: _id, zones: _zones, ...input } = { ...template, slug };
    const created = await admin.post('/api/admin/sites', input);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject(input);
    expect(((await admin.get('/api/sites')).json() as Site[]).map((s) => s.slug)).toContain(slug);
    const me = (await admin.get('/api/auth/me')).json() as { sites: { slug: string; roles: string[] }[] };
    expect(me.sites.find((s) => s.slug === slug)?.roles).toEqual(['admin']);

    const hours = { ...input.openingHours, sat: [{ open: '10:00', close: '12:00' }] };
    const patched = await admin.patch(`/api/sites/${slug}`, { openingHours: hours, name: text('Gent') });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ openingHours: hours, name: text('Gent'), slug });

    const dup = await admin.post('/api/admin/sites', input);
    expect(fieldsOf(expectProblem(dup, 409, 'resource.duplicate'))).toEqual(['slug']);
  });

  it('refuses overlapping opening hours and a closing time before the opening', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const before = (await admin.get('/api/sites/brussels/public')).body;
    const week = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    const overlap = await admin.patch('/api/sites/brussels', {
      openingHours: {
        ...week,
        mon: [
          { open: '09:00', close: '12:00' },
          { open: '11:00', close: '13:00' },
        ],
      },
    });
    expect(fieldsOf(expectProblem(overlap, 400, 'validation.failed'))).toEqual(['openingHours.mon']);
    const reversed = await admin.patch('/api/sites/brussels', {
      openingHours: { ...week, tue: [{ open: '17:00', close: '09:00' }] },
    });
    expect(fieldsOf(expectProblem(reversed, 400, 'validation.failed'))).toEqual(['openingHours.tue.0.close']);
    const zone = await admin.patch('/api/sites/brussels', { timeZone: 'Mars/Olympus' });
    expect(fieldsOf(expectProblem(zone, 400, 'validation.failed'))).toEqual(['timeZone']);
    expect((await admin.get('/api/sites/brussels/public')).body).toBe(before);
  });

  it('creates and updates organisations; a duplicate slug is a 409', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const input = {
      slug: unique('org'),
      name: text('Org'),
      kind: 'training',
      website: 'https://org.example',
      fundingSharePercent: 12.5,
    };
    const created = await admin.post('/api/organisations', input);
    expect(created.statusCode, created.body).toBe(201);
    const org = created.json() as { id: string };
    expect(org).toMatchObject(input);
    const patched = await admin.patch(`/api/organisations/${org.id}`, { fundingSharePercent: null, website: null });
    expect(patched.json()).toMatchObject({ ...input, fundingSharePercent: null, website: null });
    const dup = await admin.post('/api/organisations', input);
    expect(fieldsOf(expectProblem(dup, 409, 'resource.duplicate'))).toEqual(['slug']);
    const bad = await admin.post('/api/organisations', {
      ...input,
      slug: unique('org'),
      website: 'javascript:alert(1)',
    });
    expect(fieldsOf(expectProblem(bad, 400, 'validation.failed'))).toEqual(['website']);
    expectProblem(
      await admin.patch('/api/organisations/00000000-0000-4000-8000-000000000000', { website: null }),
      404,
      'resource.not_found',
    );
  });

  it('creates staff with a one-time link, updates them, and refuses a duplicate e-mail', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const me = (await admin.get('/api/auth/me')).json() as { organisation: { id: string }; sites: { id: string }[] };
    const email = `${unique('new')}@test.atrium.example`;
    const input = {
      displayName: 'New Counsellor',
      email,
      organisationId: me.organisation.id,
      preferredLanguage: 'nl',
      languages: ['nl', 'fr'],
      fields: ['work'],
      contractHours: 19.5,
      trainedOn: '2026-01-15',
      active: true,
      siteRoles: [{ siteId: me.sites[0]?.id, roles: ['counsellor'] }],
    };
    const created = await admin.post('/api/staff', input);
    expect(created.statusCode, created.body).toBe(201);
    const { staff, resetLink } = created.json() as { staff: { id: string }; resetLink: { url: string } };
    expect(staff).toMatchObject({ ...input, lastSignInAt: null });
    expect(resetLink.url).toMatch(/\/reset-password#token=[\w-]{40,}$/);

    const before = (await admin.get('/api/staff')).body;
    const dup = await admin.post('/api/staff', { ...input, email: email.toUpperCase() });
    expect(fieldsOf(expectProblem(dup, 409, 'resource.duplicate'))).toEqual(['email']);
    const other = await admin.post('/api/staff', { ...input, email: `${unique('other')}@test.atrium.example` });
    const otherId = (other.json() as { staff: { id: string } }).staff.id;
    const clash = await admin.patch(`/api/staff/${otherId}`, { email });
    expect(fieldsOf(expectProblem(clash, 409, 'resource.duplicate'))).toEqual(['email']);
    const badOrg = await admin.post('/api/staff', {
      ...input,
      email: 'x@y.example',
      organisationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(fieldsOf(expectProblem(badOrg, 400, 'validation.failed'))).toEqual(['organisationId']);
    const badSite = await admin.post('/api/staff', {
      ...input,
      email: 'z@y.example',
      siteRoles: [{ siteId: '00000000-0000-4000-8000-000000000000', roles: ['admin'] }],
    });
    expect(fieldsOf(expectProblem(badSite, 400, 'validation.failed'))).toEqual(['siteRoles']);
    const list = (await admin.get('/api/staff')).json() as { id: string }[];
    expect(list.length).toBe((JSON.parse(before) as unknown[]).length + 1);

    const patched = await admin.patch(`/api/staff/${staff.id}`, { displayName: 'Renamed', siteRoles: [] });
    expect(patched.json()).toMatchObject({ displayName: 'Renamed', siteRoles: [] });
    expect((await admin.get(`/api/staff/${staff.id}`)).json()).toMatchObject({ displayName: 'Renamed' });
  });

  it('refuses a staff e-mail that is not an address, with a translated field message', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const response = await admin.patch(
      '/api/staff/00000000-0000-4000-8000-000000000000',
      { email: 'not-an-email' },
      { 'accept-language': 'en' },
    );
    const body = expectProblem(response, 400, 'validation.failed');
    expect(body.errors).toEqual([{ field: 'email', code: 'invalid_email', message: 'Enter a valid e-mail address.' }]);
  });
});
