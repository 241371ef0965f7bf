import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { catalogueToday } from '../../src/common/catalogue/offer-dates.js';
import { offers } from '../../src/server/db/schema/index.js';
import { expireOffers } from '../../src/server/modules/catalogue/index.js';
import { forEachBackend } from '../support/app.js';
import { anonymous } from '../support/client.js';
import { signInDemo } from '../support/factories.js';
import { expectProblem, fieldsOf } from '../support/problem.js';

const vacancy = (title: string, closesOn: string | null) => ({
  kind: 'vacancy',
  titles: { fr: title },
  languages: ['fr'],
  details: { employer: 'Boulangerie Demo', contract: 'CDI', apply_url: 'https://example.org/apply' },
  closesOn,
  status: 'published',
});
const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
type Items = { items: { id?: string }[] };

forEachBackend('catalogue: vacancies expire after their closing date', (get) => {
  it('the round unpublishes a vacancy the day after it closes (Brussels days, fixed clock), not before', async () => {
    const partner = await signInDemo(get().app, 'partner');
    const closes = addDays(catalogueToday(), 3);
    const id = (
      (await partner.post('/api/catalogue/offers', vacancy('Vendeuse zwarbleck', closes))).json() as { id: string }
    ).id;
    const found = () => anonymous(get().app).get('/api/catalogue/search?q=zwarbleck&lang=fr');
    expect(((await found()).json() as Items).items.map((i) => i.id)).toEqual([id]);

    // 23:30 in Brussels on the closing day (21:30 UTC in summer, 22:30 in winter): still open.
    const lastEvening = new Date(`${closes}T21:30:00Z`);
    await expireOffers(get().database.db, lastEvening);
    const [still] = await get().database.db.select().from(offers).where(eq(offers.id, id));
    expect(still?.status).toBe('published');

    // Just after midnight in Brussels the next day: expired, out of search, gone for the public.
    const nextDay = new Date(`${addDays(closes, 1)}T01:30:00+02:00`);
    expect(await expireOffers(get().database.db, nextDay)).toBeGreaterThanOrEqual(1);
    const [row] = await get().database.db.select().from(offers).where(eq(offers.id, id));
    expect(row?.status).toBe('expired');
    expect(((await found()).json() as Items).items).toEqual([]);
    const mine = (await partner.get('/api/catalogue/offers/mine')).json() as {
      items: { id: string; status: string }[];
    };
    expect(mine.items.find((o) => o.id === id)?.status).toBe('expired');
    // The round is idempotent.
    await expireOffers(get().database.db, nextDay);
    expect((await get().database.db.select().from(offers).where(eq(offers.id, id)))[0]?.updatedAt).toEqual(
      row?.updatedAt,
    );
  });

  it('read paths hide a vacancy past its closing date even before the round has run', async () => {
    const partner = await signInDemo(get().app, 'partner');
    const id = (
      (
        await partner.post('/api/catalogue/offers', vacancy('Caissier plomquist', addDays(catalogueToday(), 1)))
      ).json() as {
        id: string;
      }
    ).id;
    // As if the server had been down over the closing date: still 'published' in the table.
    await get().database.db.execute(sql`update catalogue_offers set closes_on = '2001-01-01' where id = ${id}`);
    expectProblem(await anonymous(get().app).get(`/api/catalogue/offers/${id}`), 404, 'resource.not_found');
    const found = await anonymous(get().app).get('/api/catalogue/search?q=plomquist&lang=fr');
    expect((found.json() as Items).items).toEqual([]);
    expect(((await partner.get(`/api/catalogue/offers/${id}`)).json() as { status: string }).status).toBe('expired');
  });

  it('refuses to publish with a closing date in the past (a draft may keep it)', async () => {
    const partner = await signInDemo(get().app, 'partner');
    const past = addDays(catalogueToday(), -1);
    const r = await partner.post('/api/catalogue/offers', vacancy('Trop tard', past));
    expect(fieldsOf(expectProblem(r, 400, 'validation.failed'))).toEqual(['closesOn']);
    const draft = await partner.post('/api/catalogue/offers', { ...vacancy('Trop tard', past), status: 'draft' });
    expect(draft.statusCode).toBe(201);
  });
});
