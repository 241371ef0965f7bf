import { expect, it } from 'vitest';
import { forEachBackend } from '../support/app.js';
import { signInDemo } from '../support/factories.js';
import { expectProblem, fieldsOf } from '../support/problem.js';

type Org = { id: string; slug: string; website: string | null; fundingSharePercent: number | null };
type Staff = { id: string; organisationId: string };

forEachBackend('partner coordinator', (get) => {
  it('sees only the staff of their own organisation', async () => {
    const partner = await signInDemo(get().app, 'partner');
    const own = (await partner.get('/api/my/organisation')).json() as Org;
    expect(own.slug).toBe('sfpme');
    const list = await partner.get('/api/staff');
    expect(list.statusCode).toBe(200);
    const staff = list.json() as Staff[];
    expect(staff.length).toBeGreaterThan(1);
    expect(staff.every((s) => s.organisationId === own.id)).toBe(true);

    const admin = await signInDemo(get().app, 'admin');
    const everyone = (await admin.get('/api/staff')).json() as Staff[];
    const stranger = everyone.find((s) => s.organisationId !== own.id) as Staff;
    const colleague = staff[0] as Staff;
    expectProblem(await partner.get(`/api/staff/${stranger.id}`), 403, 'auth.forbidden');
    expect((await partner.get(`/api/staff/${colleague.id}`)).statusCode).toBe(200);
  });

  it('edits the name and website of their own organisation, nothing else', async () => {
    const partner = await signInDemo(get().app, 'partner');
    const before = (await partner.get('/api/my/organisation')).json() as Org;
    const ok = await partner.patch('/api/my/organisation', { website: 'https://www.sfpme.be' });
    expect(ok.statusCode).toBe(200);
    expect((ok.json() as Org).website).toBe('https://www.sfpme.be');

    const share = await partner.patch('/api/my/organisation', { fundingSharePercent: 99 });
    const body = expectProblem(share, 400, 'validation.failed');
    expect(fieldsOf(body)).toContain('fundingSharePercent');
    const slug = await partner.patch('/api/my/organisation', { slug: 'hijack' });
    expectProblem(slug, 400, 'validation.failed');

    const after = (await partner.get('/api/my/organisation')).json() as Org;
    expect(after).toEqual({ ...before, website: 'https://www.sfpme.be' });
  });

  it('cannot edit any organisation through the administrator route, not even their own', async () => {
    const partner = await signInDemo(get().app, 'partner');
    const own = (await partner.get('/api/my/organisation')).json() as Org;
    const orgs = (await partner.get('/api/organisations')).json() as Org[];
    const other = orgs.find((o) => o.id !== own.id) as Org;
    expectProblem(await partner.patch(`/api/organisations/${own.id}`, { website: null }), 403, 'auth.forbidden');
    expectProblem(await partner.patch(`/api/organisations/${other.id}`, { website: null }), 403, 'auth.forbidden');
    expect((await partner.get('/api/organisations')).json()).toEqual(orgs);
  });

  it('other roles cannot edit their organisation', async () => {
    const counsellor = await signInDemo(get().app, 'counsellor');
    expectProblem(await counsellor.patch('/api/my/organisation', { website: null }), 403, 'auth.forbidden');
  });
});
