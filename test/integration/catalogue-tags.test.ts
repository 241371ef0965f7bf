import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditLog, domainEvents, occupations } from '../../src/server/db/schema/index.js';
import { forEachBackend } from '../support/app.js';
import { anonymous } from '../support/client.js';
import { signedInStaff, signInDemo } from '../support/factories.js';
import { expectProblem, fieldsOf } from '../support/problem.js';

const URI = 'http://data.europa.eu/esco/occupation/00000000-test-tags-0000-000000000001';
const shortage = {
  occupationUri: URI,
  tag: 'shortage',
  region: 'Bruxelles-Capitale',
  source: 'Actiris — fonctions critiques',
  year: 2025,
};
const key = `occupationUri=${encodeURIComponent(URI)}&tag=shortage&region=${encodeURIComponent('Bruxelles-Capitale')}`;

forEachBackend('catalogue: curated occupation tags', (get) => {
  beforeAll(async () => {
    await get()
      .database.db.insert(occupations)
      .values({
        uri: URI,
        labels: { fr: 'Soudeur de test', en: 'Test welder' },
        altLabels: {},
        descriptions: {},
      });
  });

  it('a manager tags an occupation, each write with its audit entry and event, and removes the tag', async () => {
    const { db } = get().database;
    const manager = await signInDemo(get().app, 'manager');
    const put = await manager.put('/api/catalogue/tags', shortage);
    expect(put.statusCode, put.body).toBe(200);
    // The same (occupation, tag, region) again replaces source and year: one tag, not two.
    expect((await manager.put('/api/catalogue/tags', { ...shortage, year: 2026 })).statusCode).toBe(200);
    const growth = { occupationUri: URI, tag: 'new_profession', source: 'Observatoire bruxellois', year: 2024 };
    expect((await manager.put('/api/catalogue/tags', growth)).statusCode).toBe(200);

    const list = (await manager.get('/api/catalogue/tags?lang=nl')).json() as {
      items: { tag: string; region: string; year: number; title: string; titleLang: string }[];
    };
    const mine = list.items.filter((t) => t.title === 'Test welder');
    expect(mine.map((t) => [t.tag, t.region, t.year, t.titleLang])).toEqual([
      ['new_profession', '', 2024, 'en'],
      ['shortage', 'Bruxelles-Capitale', 2026, 'en'],
    ]);
    const detail = await anonymous(get().app).get(`/api/catalogue/occupations/${encodeURIComponent(URI)}?lang=fr`);
    expect((detail.json() as { tags: unknown[] }).tags).toHaveLength(2);

    expect((await manager.delete(`/api/catalogue/tags?${key}`)).statusCode).toBe(204);
    expectProblem(await manager.delete(`/api/catalogue/tags?${key}`), 404, 'resource.not_found');

    const audits = await db.select().from(auditLog).where(eq(auditLog.targetId, URI));
    expect(audits.map((a) => a.action).sort()).toEqual([
      'catalogue_tag.create',
      'catalogue_tag.create',
      'catalogue_tag.delete',
      'catalogue_tag.update',
    ]);
    const events = await db.select().from(domainEvents).where(eq(domainEvents.type, 'catalogue.changed'));
    expect(events.filter((e) => (e.data as { occupationUri?: string }).occupationUri === URI)).toHaveLength(4);
  });

  it('only managers and admins curate; partners, counsellors and anonymous callers are refused', async () => {
    const partner = await signInDemo(get().app, 'partner');
    expectProblem(await partner.put('/api/catalogue/tags', shortage), 403, 'auth.forbidden');
    expectProblem(await partner.get('/api/catalogue/tags'), 403, 'auth.forbidden');
    const counsellor = await signInDemo(get().app, 'counsellor');
    expectProblem(await counsellor.delete(`/api/catalogue/tags?${key}`), 403, 'auth.forbidden');
    expect((await anonymous(get().app).put('/api/catalogue/tags', shortage)).statusCode).toBe(401);
    const admin = await signedInStaff(get().app, get().database.db, { roles: ['admin'] });
    expect((await admin.client.put('/api/catalogue/tags', shortage)).statusCode).toBe(200);
  });

  it('refuses an unknown occupation, a missing source and an odd year at their fields, writing nothing', async () => {
    const { db } = get().database;
    const manager = await signInDemo(get().app, 'manager');
    const unknown = `${URI.slice(0, -1)}9`;
    const r = await manager.put('/api/catalogue/tags', { ...shortage, occupationUri: unknown });
    expect(fieldsOf(expectProblem(r, 400, 'catalogue.occupation_unknown'))).toEqual(['occupationUri']);
    const bad = await manager.put('/api/catalogue/tags', { ...shortage, source: ' ', year: 1850 });
    expect(fieldsOf(expectProblem(bad, 400, 'validation.failed')).sort()).toEqual(['source', 'year']);
    expect(
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.targetId, unknown))),
    ).toEqual([]);
  });
});
