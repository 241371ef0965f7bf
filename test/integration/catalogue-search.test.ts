import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { importEsco } from '../../src/server/modules/catalogue/index.js';
import { forEachBackend } from '../support/app.js';
import { anonymous } from '../support/client.js';
import { repoRoot } from '../support/paths.js';
import { expectProblem } from '../support/problem.js';

const mini = path.join(repoRoot, 'test/fixtures/esco-mini');
const BAKER = 'http://data.europa.eu/esco/occupation/1aadb308-432a-4d01-b54b-b4f7f76dd419';
type Items = { items: { type: string; escoUri?: string; title: string; titleLang: string }[] };

forEachBackend('catalogue: ESCO import, search, occupation, transitions', (get) => {
  beforeAll(async () => {
    await importEsco(get().database, mini);
  });

  const searchFor = async (q: string, lang: string) => {
    const r = await anonymous(get().app).get(
      `/api/catalogue/search?q=${encodeURIComponent(q)}&lang=${lang}&type=occupation&limit=10`,
    );
    expect(r.statusCode).toBe(200);
    return (r.json() as Items).items;
  };

  it('imports idempotently: a second run keeps one row per concept and records the version', async () => {
    const again = await importEsco(get().database, mini);
    expect(again.counts.occupations_en).toBe(40);
    expect(again.versions.en).toBe('v1.1.1');
    const items = await searchFor('boulanger', 'fr');
    expect(items.filter((i) => i.escoUri === BAKER)).toHaveLength(1);
  });

  it.each([
    ['boulanger', 'fr', 'baker'],
    ['kapper', 'nl', 'hairdresser'],
    ['software developer', 'fr', 'software developer'],
    ['infirmiere', 'fr', 'nurse responsible for general care'],
    ['boulangr', 'en', 'baker'],
    // "what I want to do": through descriptions and the skills the occupations need
    ['faire du pain', 'fr', 'baker'],
    ['haar knippen', 'nl', 'hairdresser'],
    ['réparer des voitures', 'fr', 'vehicle technician'],
    ['guard buildings', 'en', 'security guard'],
    ['drive a truck', 'en', 'cargo vehicle driver'],
  ])('finds "%s" (%s interface) first', async (q, lang, english) => {
    const items = await searchFor(q, lang);
    const en = await anonymous(get().app).get(
      `/api/catalogue/occupations/${encodeURIComponent(items[0]?.escoUri ?? 'x')}?lang=en`,
    );
    expect((en.json() as { title: string }).title).toBe(english);
  });

  it('shows an occupation with grouped skills and falls back to English where a label is missing', async () => {
    const r = await anonymous(get().app).get(`/api/catalogue/occupations/${encodeURIComponent(BAKER)}?lang=nl`);
    expect(r.statusCode).toBe(200);
    const body = r.json() as { title: string; isco: { code: string } | null; essentialSkills: { titleLang: string }[] };
    expect(body.title).toBe('bakker');
    expect(body.isco?.code).toBe('7512');
    expect(body.essentialSkills.length).toBeGreaterThan(0);
    expect(body.essentialSkills.every((s) => s.titleLang !== 'nl')).toBe(true);
  });

  it('lists stored career transitions with shared skills', async () => {
    const r = await anonymous(get().app).get(
      `/api/catalogue/occupations/${encodeURIComponent(BAKER)}/transitions?lang=fr`,
    );
    expect(r.statusCode).toBe(200);
    const items = (r.json() as { items: { sharedSkills: number; score: number }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]?.sharedSkills).toBeGreaterThan(0);
  });

  it.each([
    ['', 'fr'],
    ['x'.repeat(201), 'fr'],
    ['boulanger', 'de'],
  ])('refuses the query "%s" in %s with a 400', async (q, lang) => {
    const r = await anonymous(get().app).get(`/api/catalogue/search?q=${encodeURIComponent(q)}&lang=${lang}`);
    expectProblem(r, 400, 'validation.failed');
  });

  it.each([
    "'; drop table catalogue_occupations; --",
    '<script>alert(1)</script>',
    '\u0001\u0002',
    '!!! ???',
    'a | b & !c:*',
  ])('answers odd input "%s" without a server error', async (q) => {
    const r = await anonymous(get().app).get(`/api/catalogue/search?q=${encodeURIComponent(q)}&lang=fr`);
    expect(r.statusCode).toBeLessThan(500);
  });

  it('searches every kind at once with a count per kind, and skills only when asked', async () => {
    const all = await anonymous(get().app).get('/api/catalogue/search?q=boulanger&lang=fr');
    const body = all.json() as Items & { facets: { type: Record<string, number> } };
    expect(body.items[0]?.escoUri).toBe(BAKER);
    expect(body.facets.type.occupation).toBeGreaterThan(0);
    expect(body.facets.type.skill).toBeGreaterThan(0);
    const skills = await anonymous(get().app).get('/api/catalogue/search?q=boulangerie&lang=fr&type=skill');
    const items = (skills.json() as Items).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.type === 'skill' && i.escoUri?.includes('/skill/'))).toBe(true);
  });

  it('suggests occupations from the first letters typed', async () => {
    const r = await anonymous(get().app).get('/api/catalogue/suggest?q=boulang&lang=fr');
    expect(r.statusCode).toBe(200);
    expect((r.json() as Items).items.map((i) => i.escoUri)).toContain(BAKER);
  });

  it('answers an unknown occupation with 404', async () => {
    const r = await anonymous(get().app).get(
      `/api/catalogue/occupations/${encodeURIComponent('http://data.europa.eu/esco/occupation/nope')}`,
    );
    expectProblem(r, 404, 'resource.not_found');
  });
});
