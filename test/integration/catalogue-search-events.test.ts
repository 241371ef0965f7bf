import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { SearchFacets } from '../../src/common/catalogue/schemas.js';
import { forEachBackend } from '../support/app.js';
import { anonymous } from '../support/client.js';
import { expectProblem } from '../support/problem.js';

type Items = { items: { type: string; id?: string; title: string; titleLang: string }[] };

// The demo centre's agenda holds public workshops and information sessions, and internal team meetings.
forEachBackend('catalogue: the one search finds the agenda’s public events', (get) => {
  const search = async (query: Record<string, string>) => {
    const r = await anonymous(get().app).get(`/api/catalogue/search?${new URLSearchParams(query)}`);
    expect(r.statusCode).toBe(200);
    return (r.json() as Items).items;
  };

  it('finds a workshop by the words of its title or description, in the interface language', async () => {
    const fr = await search({ q: 'lettre de motivation', lang: 'fr', type: 'event' });
    expect(fr[0]).toMatchObject({ type: 'event', title: 'Atelier CV et lettre de motivation', titleLang: 'fr' });
    const nl = await search({ q: 'motivatiebrief', lang: 'nl', type: 'event' });
    expect(nl[0]).toMatchObject({ title: 'Workshop cv en motivatiebrief', titleLang: 'nl' });
    const description = await search({ q: 'jobalerts', lang: 'en', type: 'event' });
    expect(description[0]).toMatchObject({ title: 'Searching for jobs online', titleLang: 'en' });
    expect((await search({ q: 'lettre de motivation', lang: 'fr' })).some((i) => i.type === 'event')).toBe(true);
  });

  it('tolerates a typo in a whole title, and keeps to one centre when asked', async () => {
    const typo = await search({ q: 'atelier cv et letre de motivatoin', lang: 'fr', type: 'event' });
    expect(typo[0]?.title).toBe('Atelier CV et lettre de motivation');
    expect(await search({ q: 'lettre de motivation', lang: 'fr', type: 'event', site: 'brussels' })).not.toEqual([]);
    expect(await search({ q: 'lettre de motivation', lang: 'fr', type: 'event', site: 'elsewhere' })).toEqual([]);
    expectProblem(
      await anonymous(get().app).get('/api/catalogue/search?q=atelier&type=event&site=Not%20a%20slug'),
      400,
      'validation.failed',
    );
  });

  it('counts the events found per language, field and organisation, and keeps the chosen ones', async () => {
    const facetsOf = async (query: Record<string, string>) => {
      const r = await anonymous(get().app).get(`/api/catalogue/search?${new URLSearchParams(query)}`);
      return r.json() as Items & { facets: SearchFacets };
    };
    const all = await facetsOf({ q: 'lettre de motivation', lang: 'en', type: 'event', limit: '50' });
    const found = all.items.length;
    expect(found).toBeGreaterThan(1);
    expect(all.facets.type.event).toBe(found);
    expect(all.facets.language).toEqual([{ value: 'fr', count: found }]);
    expect(all.facets.field).toEqual([{ value: 'work', count: found }]);
    const [actiris] = all.facets.organisation;
    expect(actiris).toMatchObject({ label: 'Actiris', count: found });
    const q = { q: 'lettre de motivation', lang: 'en', type: 'event', limit: '50' };
    expect((await search({ ...q, field: 'work', organisation: actiris?.value ?? '' })).length).toBe(found);
    expect(await search({ ...q, field: 'move' })).toEqual([]);
    expect(await search({ ...q, language: 'nl' })).toEqual([]);
    // Occupations have no organisation, language of delivery or field: a chosen facet leaves them out.
    const chosen = await search({ q: 'lettre de motivation', lang: 'fr', field: 'work' });
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.every((i) => i.type === 'event')).toBe(true);
    expectProblem(await anonymous(get().app).get('/api/catalogue/search?q=x&field=nowhere'), 400, 'validation.failed');
  });

  it('finds an event under its new title as soon as it is changed, by whatever writes it', async () => {
    expect(await search({ q: 'zwerkplaats', lang: 'nl', type: 'event' })).toEqual([]);
    await get().database.db.execute(
      sql`update agenda_events set title = title || '{"nl": "Online zwerkplaats"}'::jsonb
        where title->>'en' = 'Searching for jobs online'`,
    );
    const found = await search({ q: 'zwerkplaats', lang: 'nl', type: 'event' });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((i) => i.title === 'Online zwerkplaats')).toBe(true);
  });

  it('leaves out internal meetings and events that have ended', async () => {
    expect(await search({ q: 'réunion d’équipe', lang: 'fr', type: 'event' })).toEqual([]);
    await get().database.db.execute(
      sql`update agenda_events set starts_at = now() - interval '3 days', ends_at = now() - interval '3 days' + interval '2 hours'
        where title->>'fr' = 'Atelier CV et lettre de motivation'`,
    );
    expect(await search({ q: 'lettre de motivation', lang: 'fr', type: 'event' })).toEqual([]);
  });
});
