import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  ListingDetail,
  Listings,
  OccupationOffers,
  TransitionsResult,
} from '../../src/common/catalogue/portal-schemas.js';
import { importEsco } from '../../src/server/modules/catalogue/index.js';
import { forEachBackend } from '../support/app.js';
import { anonymous, type Client } from '../support/client.js';
import { signedInStaff, signInDemo } from '../support/factories.js';
import { repoRoot } from '../support/paths.js';
import { expectProblem } from '../support/problem.js';

const mini = path.join(repoRoot, 'test/fixtures/esco-mini');
const BAKER = 'http://data.europa.eu/esco/occupation/1aadb308-432a-4d01-b54b-b4f7f76dd419';
const DRIVER = 'http://data.europa.eu/esco/occupation/00cee175-1376-43fb-9f02-ba3d7a910a58';
const enc = encodeURIComponent;

type OfferBody = {
  kind: 'training' | 'vacancy' | 'service' | 'guide';
  title: string;
  occupationUris?: string[];
  skillUris?: string[];
  languages?: ('fr' | 'nl' | 'en')[];
  status?: 'draft' | 'published';
  details?: Record<string, string>;
};

forEachBackend('catalogue: portal reads (offers, occupation offers, transitions)', (get) => {
  let partner: Client;
  let otherOrgId: string;
  const offer = async (as: Client, body: OfferBody) => {
    const r = await as.post('/api/catalogue/offers', {
      kind: body.kind,
      titles: { fr: body.title, en: `${body.title} (en)` },
      descriptions: { fr: `Description de ${body.title}.` },
      languages: body.languages ?? ['fr'],
      occupationUris: body.occupationUris ?? [],
      skillUris: body.skillUris ?? [],
      details: { place: 'Bruxelles', ...body.details },
      status: body.status ?? 'published',
    });
    expect(r.statusCode, r.body).toBe(201);
    return (r.json() as { id: string }).id;
  };
  const transitions = async (query: string) => {
    const r = await anonymous(get().app).get(`/api/catalogue/transitions?${query}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as TransitionsResult;
  };

  beforeAll(async () => {
    await importEsco(get().database, mini);
    partner = await signInDemo(get().app, 'partner');
    const other = await signedInStaff(get().app, get().database.db, { roles: ['partner'] });
    otherOrgId = other.user.organisationId;
    await offer(other.client, { kind: 'training', title: 'Formation autre organisation', languages: ['nl'] });
  });

  describe('published offers', () => {
    it('lists published trainings only, filtered by language and organisation, with the organisations', async () => {
      const published = await offer(partner, { kind: 'training', title: 'Formation publiée kestrel' });
      const draft = await offer(partner, { kind: 'training', title: 'Brouillon kestrel', status: 'draft' });
      const all = (await anonymous(get().app).get('/api/catalogue/listings?kind=training&lang=fr')).json() as Listings;
      const ids = all.items.map((i) => i.id);
      expect(ids).toContain(published);
      expect(ids).not.toContain(draft);
      expect(all.total).toBe(all.items.length);
      expect(all.organisations.map((o) => o.id)).toContain(otherOrgId);
      const dutch = (
        await anonymous(get().app).get('/api/catalogue/listings?kind=training&lang=fr&language=nl')
      ).json() as Listings;
      expect(dutch.items.every((i) => i.languages.includes('nl'))).toBe(true);
      expect(dutch.items.length).toBeGreaterThan(0);
      const theirs = (
        await anonymous(get().app).get(`/api/catalogue/listings?kind=training&organisation=${otherOrgId}`)
      ).json() as Listings;
      expect(theirs.items.map((i) => i.organisation.id)).toEqual(theirs.items.map(() => otherOrgId));
      const page = (
        await anonymous(get().app).get('/api/catalogue/listings?kind=training&limit=1&offset=1')
      ).json() as Listings;
      expect(page.items).toHaveLength(1);
      expect(page.total).toBe(all.total);
    });

    it('leaves out a vacancy past its closing date even before the expiry job ran', async () => {
      const open = await offer(partner, {
        kind: 'vacancy',
        title: 'Vendeur ouvert',
        details: { apply_url: 'https://x.example/a' },
      });
      const closed = await offer(partner, { kind: 'vacancy', title: 'Vendeur fermé' });
      await get().database.db.execute(sql`update catalogue_offers set closes_on = '2020-01-01' where id = ${closed}`);
      const r = (await anonymous(get().app).get('/api/catalogue/listings?kind=vacancy')).json() as Listings;
      expect(r.items.map((i) => i.id)).toContain(open);
      expect(r.items.map((i) => i.id)).not.toContain(closed);
      expectProblem(await anonymous(get().app).get(`/api/catalogue/listings/${closed}`), 404, 'resource.not_found');
    });

    it('shows one offer with its organisation, details and linked occupations in the reader language', async () => {
      const id = await offer(partner, {
        kind: 'training',
        title: 'Formation boulangerie',
        occupationUris: [BAKER],
        details: { provider: 'EFP', cost: 'gratuit', apply_url: 'https://efp.example/inscription' },
      });
      const r = await anonymous(get().app).get(`/api/catalogue/listings/${id}?lang=nl`);
      expect(r.statusCode).toBe(200);
      const body = r.json() as ListingDetail;
      expect(body.title).toBe('Formation boulangerie (en)');
      expect(body.titleLang).toBe('en');
      expect(body.occupations).toEqual([{ escoUri: BAKER, title: 'bakker', titleLang: 'nl' }]);
      expect(body.details).toMatchObject({ provider: 'EFP', apply_url: 'https://efp.example/inscription' });
      expect(body.organisation.name).not.toBe('');
    });

    it('keeps drafts private and refuses bad input', async () => {
      const draft = await offer(partner, { kind: 'guide', title: 'Guide brouillon', status: 'draft' });
      expectProblem(await anonymous(get().app).get(`/api/catalogue/listings/${draft}`), 404, 'resource.not_found');
      expectProblem(await anonymous(get().app).get('/api/catalogue/listings/not-a-uuid'), 400, 'validation.failed');
      for (const q of ['kind=event', 'kind=training&language=de', 'kind=training&limit=500', 'kind=training&field=x'])
        expectProblem(await anonymous(get().app).get(`/api/catalogue/listings?${q}`), 400, 'validation.failed');
    });

    it('groups the published offers linked to an occupation by kind', async () => {
      const training = await offer(partner, { kind: 'training', title: 'Pétrir et cuire', occupationUris: [BAKER] });
      const vacancy = await offer(partner, { kind: 'vacancy', title: 'Boulanger H/F', occupationUris: [BAKER] });
      const service = await offer(partner, { kind: 'service', title: 'Stage découverte', occupationUris: [BAKER] });
      await offer(partner, { kind: 'vacancy', title: 'Boulanger brouillon', occupationUris: [BAKER], status: 'draft' });
      const r = await anonymous(get().app).get(`/api/catalogue/occupations/${enc(BAKER)}/offers?lang=fr`);
      expect(r.statusCode).toBe(200);
      const body = r.json() as OccupationOffers;
      expect(body.training.map((o) => o.id)).toContain(training);
      expect(body.vacancy.map((o) => o.id)).toEqual([vacancy]);
      expect(body.service.map((o) => o.id)).toEqual([service]);
      expect(body.guide).toEqual([]);
    });
  });

  describe('career transitions', () => {
    it('from an occupation: shared skills, the essential gap, tags, and trainings that cover the gap', async () => {
      const all = await transitions(`from=${enc(BAKER)}&lang=fr&limit=20`);
      expect(all.from?.escoUri).toBe(BAKER);
      expect(all.items.length).toBeGreaterThan(1);
      const target = all.items[1];
      if (!target) throw new Error('no second transition');
      expect(target.sharedCount).toBeGreaterThan(0);
      expect(target.sharedSkills.length).toBe(Math.min(target.sharedCount, 20));
      const baker = (await anonymous(get().app).get(`/api/catalogue/occupations/${enc(BAKER)}?lang=fr`)).json() as {
        essentialSkills: { escoUri: string }[];
        optionalSkills: { escoUri: string }[];
      };
      const bakerSkills = [...baker.essentialSkills, ...baker.optionalSkills].map((s) => s.escoUri);
      expect(target.gapSkills.some((s) => bakerSkills.includes(s.escoUri))).toBe(false);

      await get().database.db.execute(
        sql`insert into catalogue_occupation_tags (occupation_uri, tag, region, source, year)
            values (${target.escoUri}, 'shortage', 'brussels', 'Actiris', 2025) on conflict do nothing`,
      );
      const gapSkill = target.gapSkills[0]?.escoUri;
      expect(gapSkill).toBeDefined();
      const training = await offer(partner, {
        kind: 'training',
        title: 'Combler l’écart',
        skillUris: [gapSkill ?? ''],
      });
      const shortage = await transitions(`from=${enc(BAKER)}&lang=fr&tag=shortage`);
      expect(shortage.items.map((i) => i.escoUri)).toEqual([target.escoUri]);
      const only = shortage.items[0];
      expect(only?.tags).toEqual([{ tag: 'shortage', region: 'brussels', source: 'Actiris', year: 2025 }]);
      expect(only?.trainings.map((t) => [t.id, t.coversGapSkills])).toContainEqual([training, 1]);
      expect((await transitions(`from=${enc(BAKER)}&tag=new_profession`)).items).toEqual([]);
    });

    it('from ticked skills: the occupation whose essential skills they are comes first, with no gap', async () => {
      const baker = (await anonymous(get().app).get(`/api/catalogue/occupations/${enc(BAKER)}?lang=en`)).json() as {
        essentialSkills: { escoUri: string }[];
      };
      const skills = baker.essentialSkills.map((s) => s.escoUri);
      const r = await transitions(
        `skills=${enc([...skills, 'http://data.europa.eu/esco/skill/unknown'].join(','))}&lang=en`,
      );
      expect(r.from).toBeNull();
      expect(r.skills.map((s) => s.escoUri).sort()).toEqual([...skills].sort());
      expect(r.items[0]?.escoUri).toBe(BAKER);
      expect(r.items[0]?.gapCount).toBe(0);
      expect(r.items[0]?.sharedCount).toBe(skills.length);
      const scores = r.items.map((i) => i.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(r.items.map((i) => i.escoUri)).not.toContain(DRIVER);
    });

    it('refuses a request without exactly one starting point, and answers an unknown occupation with 404', async () => {
      const skill = enc('http://data.europa.eu/esco/skill/x');
      for (const q of [
        '',
        `from=${enc(BAKER)}&skills=${skill}`,
        'skills=',
        'skills=not-a-url',
        `from=${enc(BAKER)}&limit=99`,
      ])
        expectProblem(await anonymous(get().app).get(`/api/catalogue/transitions?${q}`), 400, 'validation.failed');
      const many = Array.from({ length: 41 }, (_, i) => `http://data.europa.eu/esco/skill/${i}`).join(',');
      expectProblem(
        await anonymous(get().app).get(`/api/catalogue/transitions?skills=${enc(many)}`),
        400,
        'validation.failed',
      );
      expectProblem(
        await anonymous(get().app).get(
          `/api/catalogue/transitions?from=${enc('http://data.europa.eu/esco/occupation/nope')}`,
        ),
        404,
        'resource.not_found',
      );
      expect((await transitions(`skills=${skill}`)).items).toEqual([]);
    });
  });
});
