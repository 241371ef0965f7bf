import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ListingDetail, TransitionsResult } from '../../src/common/catalogue/portal-schemas.js';
import type { SearchResult } from '../../src/common/catalogue/schemas.js';
import {
  CATALOGUE_DEMO_SOURCE,
  importEsco,
  loadCatalogueDemo,
  seedCatalogueDemo,
} from '../../src/server/modules/catalogue/index.js';
import { rows } from '../../src/server/modules/catalogue/rows.js';
import { forEachBackend } from '../support/app.js';
import { anonymous } from '../support/client.js';
import { repoRoot } from '../support/paths.js';

const mini = path.join(repoRoot, 'test/fixtures/esco-mini');
const BAKER = 'http://data.europa.eu/esco/occupation/1aadb308-432a-4d01-b54b-b4f7f76dd419';
const enc = encodeURIComponent;
const NOW = new Date('2026-03-02T10:00:00Z');

type Counts = { offers: number; tags: number; docs: number; audits: number };

forEachBackend('catalogue: demo data (curated tags and partner offers)', (get) => {
  const counts = async (): Promise<Counts> => {
    const [row] = await rows<Counts>(
      get().database.db,
      sql`select
        (select count(*)::int from catalogue_offers) as offers,
        (select count(*)::int from catalogue_occupation_tags) as tags,
        (select count(*)::int from catalogue_search_docs where kind <> 'occupation' and kind <> 'skill') as docs,
        (select count(*)::int from audit_log where action = 'catalogue.demo_seed') as audits`,
    );
    if (!row) throw new Error('no counts');
    return row;
  };
  const transitions = async (query: string) => {
    const r = await anonymous(get().app).get(`/api/catalogue/transitions?${query}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as TransitionsResult;
  };

  let before: Counts;
  beforeAll(async () => {
    await importEsco(get().database, mini);
    before = await counts();
    const lines: string[] = [];
    const result = await loadCatalogueDemo(get().database.db, (line) => lines.push(line), NOW);
    expect(result?.tags).toBeGreaterThan(0);
    expect(result?.offers).toBeGreaterThan(0);
    expect(lines).toHaveLength(1);
  });

  it('adds tags with source and year and published demo offers, each kind in fr, nl and en', async () => {
    const after = await counts();
    expect(after.audits).toBe(before.audits + 1);
    const tags = await rows<{ tag: string; region: string; source: string; year: number }>(
      get().database.db,
      sql`select tag, region, source, year from catalogue_occupation_tags`,
    );
    // The mini fixture holds none of the green and digital occupations: only the two shortage lists apply.
    expect(new Set(tags.map((t) => `${t.tag}/${t.region}`))).toEqual(
      new Set(['shortage/Bruxelles-Capitale', 'shortage/Vlaanderen']),
    );
    expect(tags.every((t) => t.source.length > 0 && Number(t.year) === 2025)).toBe(true);
    const offers = await rows<{
      kind: string;
      status: string;
      demo: number;
      titles: Record<string, string>;
      closes_on: string | null;
    }>(
      get().database.db,
      sql`select kind, status, demo, titles, closes_on from catalogue_offers where source = ${CATALOGUE_DEMO_SOURCE}`,
    );
    expect(offers.length).toBe(after.offers - before.offers);
    expect(new Set(offers.map((o) => o.kind))).toEqual(new Set(['training', 'vacancy', 'service', 'guide']));
    expect(offers.every((o) => o.status === 'published' && Number(o.demo) === 1)).toBe(true);
    expect(offers.every((o) => o.titles.fr && o.titles.nl && o.titles.en)).toBe(true);
    const vacancies = offers.filter((o) => o.kind === 'vacancy');
    expect(vacancies.length).toBeGreaterThan(0);
    expect(vacancies.every((o) => o.closes_on !== null && o.closes_on > '2026-03-02')).toBe(true);
  });

  it('a transition from the baker reaches a shortage occupation with a demo training covering its gap', async () => {
    const shortage = await transitions(`from=${enc(BAKER)}&lang=fr&tag=shortage&limit=20`);
    expect(shortage.items.length).toBeGreaterThan(0);
    const withGap = shortage.items.find((i) => i.gapCount > 0 && i.trainings.some((t) => t.coversGapSkills > 0));
    if (!withGap) throw new Error(`no shortage target with a training for its gap: ${JSON.stringify(shortage.items)}`);
    expect(withGap.tags.some((t) => t.tag === 'shortage' && t.year === 2025)).toBe(true);
    const training = withGap.trainings.find((t) => t.coversGapSkills > 0);
    const detail = (
      await anonymous(get().app).get(`/api/catalogue/listings/${training?.id}?lang=nl`)
    ).json() as ListingDetail;
    expect(detail.demo).toBe(true);
    expect(detail.kind).toBe('training');
    expect(detail.titleLang).toBe('nl');
    expect(Object.keys(detail.details)).toEqual(
      expect.arrayContaining(['provider', 'place', 'schedule', 'duration', 'cost', 'conditions', 'apply_url']),
    );
  });

  it('indexes the offers for search like created ones', async () => {
    const r = await anonymous(get().app).get(`/api/catalogue/search?q=${enc('créer son entreprise')}&lang=fr`);
    expect(r.statusCode).toBe(200);
    const items = (r.json() as SearchResult).items;
    expect(items.some((i) => i.type === 'guide')).toBe(true);
  });

  it('runs once: a second call adds nothing and says nothing', async () => {
    const once = await counts();
    expect(await seedCatalogueDemo(get().database.db, NOW)).toBeNull();
    const lines: string[] = [];
    expect(await loadCatalogueDemo(get().database.db, (line) => lines.push(line), NOW)).toBeNull();
    expect(lines).toEqual([]);
    expect(await counts()).toEqual(once);
  });
});

describe('catalogue demo data without ESCO', () => {
  forEachBackend('catalogue demo before ESCO is imported', (get) => {
    it('writes nothing until ESCO is loaded', async () => {
      const lines: string[] = [];
      expect(await loadCatalogueDemo(get().database.db, (line) => lines.push(line), NOW)).toBeNull();
      expect(lines).toEqual([]);
      const [row] = await rows<{ n: number }>(get().database.db, sql`select count(*)::int as n from catalogue_offers`);
      expect(row?.n).toBe(0);
    });
  });
});
