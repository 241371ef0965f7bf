import { expect, it } from 'vitest';
import { forEachBackend } from '../support/app.js';
import type { Client } from '../support/client.js';
import { signInDemo, unique } from '../support/factories.js';
import { expectProblem, fieldsOf } from '../support/problem.js';

const text = (s: string) => ({ fr: s, nl: s, en: s });

type Kind = { path: string; valid: () => Record<string, unknown>; duplicateField: string; zoneField: boolean };
const kinds: Kind[] = [
  {
    path: 'zones',
    valid: () => ({ code: unique('Z').slice(-8), name: text('Zone'), kind: 'waiting' }),
    duplicateField: 'code',
    zoneField: false,
  },
  {
    path: 'desks',
    valid: () => ({ number: 100 + Math.floor(Math.random() * 899), label: 'Desk', zoneId: null, active: true }),
    duplicateField: 'number',
    zoneField: true,
  },
  {
    path: 'rooms',
    valid: () => ({ name: unique('Room'), capacity: 12, equipment: ['projector'], zoneId: null, active: true }),
    duplicateField: 'name',
    zoneField: true,
  },
  {
    path: 'stations',
    valid: () => ({ label: unique('PC'), kind: 'computer', zoneId: null, outOfOrder: false, note: null }),
    duplicateField: 'label',
    zoneField: true,
  },
];

async function otherSiteZone(admin: Client) {
  const site = (await admin.get('/api/sites/brussels/public')).json() as Record<string, unknown>;
  const slug = unique('site');
  const created = await admin.post('/api/admin/sites', { ...site, id: undefined, zones: undefined, slug });
  expect(created.statusCode).toBe(201);
  const zone = await admin.post(`/api/sites/${slug}/zones`, { code: 'X', name: text('Elsewhere'), kind: 'waiting' });
  expect(zone.statusCode).toBe(201);
  return (zone.json() as { id: string }).id;
}

forEachBackend('places of a site', (get) => {
  for (const kind of kinds) {
    it(`creates, lists, updates and deletes ${kind.path}`, async () => {
      const admin = await signInDemo(get().app, 'admin');
      const base = `/api/sites/brussels/${kind.path}`;
      const input = kind.valid();
      const created = await admin.post(base, input);
      expect(created.statusCode, created.body).toBe(201);
      const item = created.json() as { id: string };
      expect(item).toMatchObject(input);
      expect((await admin.get(base)).json()).toContainEqual(item);

      const patch = kind.valid();
      const updated = await admin.patch(`${base}/${item.id}`, patch);
      expect(updated.statusCode, updated.body).toBe(200);
      expect(updated.json()).toEqual({ ...item, ...patch });

      const removed = await admin.delete(`${base}/${item.id}`);
      expect(removed.statusCode).toBe(204);
      expect((await admin.get(base)).json()).not.toContainEqual(expect.objectContaining({ id: item.id }));
      expectProblem(await admin.delete(`${base}/${item.id}`), 404, 'resource.not_found');
      expectProblem(await admin.patch(`${base}/${item.id}`, patch), 404, 'resource.not_found');
    });

    it(`refuses a duplicate among ${kind.path} with 409 and a field error, changing nothing`, async () => {
      const admin = await signInDemo(get().app, 'admin');
      const base = `/api/sites/brussels/${kind.path}`;
      const input = kind.valid();
      expect((await admin.post(base, input)).statusCode).toBe(201);
      const before = (await admin.get(base)).body;
      const again = await admin.post(base, { ...kind.valid(), [kind.duplicateField]: input[kind.duplicateField] });
      const body = expectProblem(again, 409, 'resource.duplicate');
      expect(fieldsOf(body)).toEqual([kind.duplicateField]);
      const other = (await admin.post(base, kind.valid())).json() as { id: string };
      const clash = await admin.patch(`${base}/${other.id}`, { [kind.duplicateField]: input[kind.duplicateField] });
      expectProblem(clash, 409, 'resource.duplicate');
      await admin.delete(`${base}/${other.id}`);
      expect((await admin.get(base)).body).toBe(before);
    });

    if (kind.zoneField) {
      it(`refuses ${kind.path} in a zone of another site`, async () => {
        const admin = await signInDemo(get().app, 'admin');
        const zoneId = await otherSiteZone(admin);
        const base = `/api/sites/brussels/${kind.path}`;
        const before = (await admin.get(base)).body;
        const body = expectProblem(await admin.post(base, { ...kind.valid(), zoneId }), 400, 'validation.failed');
        expect(fieldsOf(body)).toEqual(['zoneId']);
        expect((await admin.get(base)).body).toBe(before);
      });
    }
  }

  it('answers 404 site.not_found for an unknown site', async () => {
    const admin = await signInDemo(get().app, 'admin');
    expectProblem(await admin.get('/api/sites/atlantis/zones'), 404, 'site.not_found');
    expectProblem(await admin.get('/api/sites/atlantis/public'), 404, 'site.not_found');
    expectProblem(await admin.post('/api/sites/atlantis/zones', kinds[0]?.valid()), 404, 'site.not_found');
    expectProblem(await admin.patch('/api/sites/atlantis', { address: 'Nowhere 1' }), 404, 'site.not_found');
  });

  it('does not reach a place of another site through this site', async () => {
    const admin = await signInDemo(get().app, 'admin');
    const zoneId = await otherSiteZone(admin);
    expectProblem(await admin.patch(`/api/sites/brussels/zones/${zoneId}`, { code: 'Q' }), 404, 'resource.not_found');
    expectProblem(await admin.delete(`/api/sites/brussels/zones/${zoneId}`), 404, 'resource.not_found');
  });

  it('lets every role at the site read the places', async () => {
    const steward = await signInDemo(get().app, 'steward');
    expect((await steward.get('/api/sites/brussels/stations')).statusCode).toBe(200);
  });
});
