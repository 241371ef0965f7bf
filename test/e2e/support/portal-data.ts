import { sql } from 'drizzle-orm';
import type { TransitionsResult } from '../../../src/common/catalogue/portal-schemas.js';
import { startServer } from './server.js';
import { StaffApi } from './staff-api.js';

export const BAKER_ID = '1aadb308-432a-4d01-b54b-b4f7f76dd419';
export const BAKER = `http://data.europa.eu/esco/occupation/${BAKER_ID}`;

export type PortalData = {
  /** A transition target of the baker tagged as a shortage occupation, with a training for its gap. */
  shortage: { uri: string; titles: Record<'fr' | 'nl' | 'en', string> };
  gapTraining: { id: string; title: string };
  vacancy: { id: string; title: string };
  service: { id: string; title: string };
  guide: { id: string; title: string };
};
export type PortalServer = { url: string; data: PortalData; close: () => Promise<void> };

/** The real server on PGlite with the demo centre, the mini ESCO fixture, a shortage tag and partner offers. */
export async function startPortalServer(): Promise<PortalServer> {
  const server = await startServer({ esco: true });
  const { url, database } = server;

  const get = async <T>(p: string) => (await (await fetch(`${url}${p}`)).json()) as T;
  const from = (lang: string) =>
    get<TransitionsResult>(`/api/catalogue/transitions?from=${encodeURIComponent(BAKER)}&lang=${lang}&limit=5`);
  const target = (await from('fr')).items[1];
  if (!target) throw new Error('the baker has too few transitions in the fixture');
  const titles = {
    fr: target.title,
    nl: (await from('nl')).items[1]?.title ?? '',
    en: (await from('en')).items[1]?.title ?? '',
  };
  await database.db.execute(
    sql`insert into catalogue_occupation_tags (occupation_uri, tag, region, source, year)
        values (${target.escoUri}, 'shortage', 'brussels', 'Actiris', 2025)`,
  );

  const partner = await StaffApi.signIn(url, 'partner@demo.atrium.example');
  const create = async (body: Record<string, unknown>) => {
    const titles = body.titles as Record<string, string>;
    const made = await partner.call<{ id: string }>('POST', '/api/catalogue/offers', { status: 'published', ...body });
    return { id: made.id, title: titles.fr ?? '' };
  };
  const gapTraining = await create({
    kind: 'training',
    titles: { fr: 'Formation passerelle Brunel', nl: 'Brugopleiding Brunel', en: 'Brunel bridging course' },
    descriptions: {
      fr: 'Acquérir les compétences qui manquent.',
      nl: 'De ontbrekende vaardigheden leren.',
      en: 'Learn the missing skills.',
    },
    languages: ['fr', 'nl'],
    occupationUris: [target.escoUri],
    skillUris: target.gapSkills.slice(0, 2).map((s) => s.escoUri),
    details: {
      provider: 'Bruxelles Formation',
      place: 'Bruxelles',
      schedule: 'Lundi–vendredi, 9 h–16 h',
      cost: 'Gratuit',
    },
  });
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const vacancy = await create({
    kind: 'vacancy',
    titles: { fr: 'Boulanger·ère de nuit Ardent', nl: 'Nachtbakker Ardent', en: 'Night baker Ardent' },
    descriptions: { fr: 'Boulangerie de quartier, équipe de quatre.' },
    languages: ['fr'],
    occupationUris: [BAKER],
    details: {
      employer: 'Boulangerie Ardent',
      place: 'Schaerbeek',
      contract: 'CDI',
      apply_url: 'https://jobs.example/ardent',
    },
    closesOn: inAMonth,
  });
  const service = await create({
    kind: 'service',
    titles: { fr: 'Permanence bilan de compétences', nl: 'Spreekuur competentiebalans', en: 'Skills review drop-in' },
    descriptions: { fr: 'Faire le point sur ce que vous savez faire.' },
    languages: ['fr', 'nl', 'en'],
    occupationUris: [BAKER],
    details: {
      audience: 'Chercheurs d’emploi',
      access: 'Sans rendez-vous, au guichet 3',
      hours: 'Mardi et jeudi, 9 h–12 h',
      place: 'Cité des Métiers',
    },
  });
  const guide = await create({
    kind: 'guide',
    titles: {
      fr: 'Créer son entreprise à Bruxelles',
      nl: 'Een zaak starten in Brussel',
      en: 'Starting a business in Brussels',
    },
    descriptions: {
      fr: 'Première étape : votre idée.\n\nDeuxième étape : le plan financier.',
      nl: 'Eerste stap: je idee.\n\nTweede stap: het financieel plan.',
      en: 'First step: your idea.\n\nSecond step: the financial plan.',
    },
    languages: ['fr', 'nl', 'en'],
    details: { printed: 'yes' },
  });
  return {
    url,
    data: { shortage: { uri: target.escoUri, titles }, gapTraining, vacancy, service, guide },
    close: server.close,
  };
}
