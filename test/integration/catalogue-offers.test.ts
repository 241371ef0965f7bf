import { expect, it } from 'vitest';
import { forEachBackend } from '../support/app.js';
import { anonymous } from '../support/client.js';
import { signedInStaff, signInDemo } from '../support/factories.js';
import { expectProblem } from '../support/problem.js';

const offer = (title: string, status: 'draft' | 'published' = 'published') => ({
  kind: 'training',
  titles: { fr: title, nl: `${title} (nl)` },
  descriptions: { fr: 'Formation qualifiante en boulangerie artisanale, pains et viennoiseries.' },
  languages: ['fr'],
  details: { provider: 'EFP', place: 'Bruxelles', cost: 'gratuit' },
  status,
});

forEachBackend('catalogue: partner offers', (get) => {
  it('a partner coordinator publishes a training that the search then finds', async () => {
    const partner = await signInDemo(get().app, 'partner');
    const created = await partner.post('/api/catalogue/offers', offer('Formation boulanger-pâtissier zorblax'));
    expect(created.statusCode).toBe(201);
    const id = (created.json() as { id: string }).id;
    const found = await anonymous(get().app).get('/api/catalogue/search?q=zorblax&lang=fr');
    expect((found.json() as { items: { id?: string; type: string }[] }).items[0]).toMatchObject({
      id,
      type: 'training',
    });
    const mine = await partner.get('/api/catalogue/offers/mine');
    expect((mine.json() as { items: { id: string }[] }).items.map((o) => o.id)).toContain(id);
  });

  it('finds a new title typed with typos at once, and forgets it when the offer is withdrawn', async () => {
    const ids = async (q: string) =>
      (
        (
          await anonymous(get().app).get(`/api/catalogue/search?q=${encodeURIComponent(q)}&lang=fr&type=training`)
        ).json() as {
          items: { id?: string }[];
        }
      ).items.map((i) => i.id);
    const typed = 'soudeur orbitel kwintesa';
    expect(await ids(typed)).toEqual([]); // the in-memory titles are read before the offer exists
    const partner = await signInDemo(get().app, 'partner');
    const body = offer('Soudeur orbital kwintessa');
    const id = ((await partner.post('/api/catalogue/offers', body)).json() as { id: string }).id;
    expect(await ids(typed)).toEqual([id]);
    expect((await partner.put(`/api/catalogue/offers/${id}`, { ...body, status: 'draft' })).statusCode).toBe(200);
    expect(await ids(typed)).toEqual([]);
  });

  it('keeps drafts out of the public eye and out of search', async () => {
    const partner = await signInDemo(get().app, 'partner');
    const id = (
      (await partner.post('/api/catalogue/offers', offer('Brouillon quixotl', 'draft'))).json() as { id: string }
    ).id;
    expectProblem(await anonymous(get().app).get(`/api/catalogue/offers/${id}`), 404, 'resource.not_found');
    expect((await partner.get(`/api/catalogue/offers/${id}`)).statusCode).toBe(200);
    const found = await anonymous(get().app).get('/api/catalogue/search?q=quixotl&lang=fr');
    expect((found.json() as { items: unknown[] }).items).toHaveLength(0);
  });

  it('refuses a coordinator of another organisation, and anonymous writes', async () => {
    const partner = await signInDemo(get().app, 'partner');
    const id = ((await partner.post('/api/catalogue/offers', offer('Offre protégée'))).json() as { id: string }).id;
    const other = await signedInStaff(get().app, get().database.db, { roles: ['partner'] });
    expectProblem(await other.client.put(`/api/catalogue/offers/${id}`, offer('Détournée')), 403, 'auth.forbidden');
    const manager = await signInDemo(get().app, 'manager');
    expect((await manager.put(`/api/catalogue/offers/${id}`, offer('Corrigée par le centre'))).statusCode).toBe(200);
    expect((await anonymous(get().app).post('/api/catalogue/offers', offer('x'))).statusCode).toBe(401);
  });

  it('refuses an offer without any title', async () => {
    const partner = await signInDemo(get().app, 'partner');
    const r = await partner.post('/api/catalogue/offers', { ...offer('x'), titles: {} });
    expectProblem(r, 400, 'validation.failed');
  });
});
