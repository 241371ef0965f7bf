import type { Field, Language, OrganisationKind } from '../../common/domain.js';
import type { LocalizedText, OpeningHours } from '../../common/schemas/shared.js';

/** The Brussels centre as the seed describes it (shared/seed): partners, people, places. */
export const BRUSSELS_SITE = {
  slug: 'brussels',
  name: { fr: 'Cité des Métiers de Bruxelles', nl: 'Beroepenpunt Brussel', en: 'Brussels Cité des Métiers' },
  address: 'Avenue de l’Astronomie 14, 1210 Brussels',
  timeZone: 'Europe/Brussels',
  languages: ['fr', 'nl', 'en'] as Language[],
  fields: ['choose', 'train', 'change', 'work', 'create', 'move'] as Field[],
  openingHours: {
    mon: [{ open: '09:00', close: '17:00' }],
    tue: [{ open: '09:00', close: '17:00' }],
    wed: [{ open: '09:00', close: '19:00' }],
    thu: [{ open: '09:00', close: '17:00' }],
    fri: [{ open: '09:00', close: '16:00' }],
    sat: [],
    sun: [],
  } satisfies OpeningHours,
  timeLimits: { counsellingMinutes: 30, computerMinutes: 60, tabletMinutes: 30 },
  branding: { primaryColor: '#1f4e8c', accentColor: '#c2410c' },
};

type OrgSeed = {
  slug: string;
  name: LocalizedText;
  kind: OrganisationKind;
  website: string | null;
  fundingSharePercent: number | null;
  counsellors: number;
  fields: Field[];
  /** Probability that a counsellor speaks fr, nl, en. */
  speaks: Record<Language, number>;
};

const t = (fr: string, nl: string, en: string): LocalizedText => ({ fr, nl, en });

export const ORGANISATIONS: OrgSeed[] = [
  {
    slug: 'actiris',
    name: t('Actiris', 'Actiris', 'Actiris'),
    kind: 'public_employment',
    website: 'https://www.actiris.brussels',
    fundingSharePercent: 45,
    counsellors: 25,
    fields: ['work', 'choose', 'change', 'move'],
    speaks: { fr: 1, nl: 0.45, en: 0.5 },
  },
  {
    slug: 'bruxelles-formation',
    name: t('Bruxelles Formation', 'Bruxelles Formation', 'Bruxelles Formation'),
    kind: 'training',
    website: 'https://www.bruxellesformation.brussels',
    fundingSharePercent: 45,
    counsellors: 23,
    fields: ['train', 'choose', 'change'],
    speaks: { fr: 1, nl: 0.25, en: 0.4 },
  },
  {
    slug: 'vdab',
    name: t('VDAB', 'VDAB', 'VDAB'),
    kind: 'public_employment',
    website: 'https://www.vdab.be',
    fundingSharePercent: 10,
    counsellors: 4,
    fields: ['work', 'train', 'choose'],
    speaks: { fr: 0.7, nl: 1, en: 0.6 },
  },
  {
    slug: 'cefa',
    name: t('CEFA', 'CEFA', 'CEFA'),
    kind: 'education',
    website: null,
    fundingSharePercent: null,
    counsellors: 1,
    fields: ['train', 'choose'],
    speaks: { fr: 1, nl: 0.2, en: 0.3 },
  },
  {
    slug: 'fwb',
    name: t('Fédération Wallonie-Bruxelles', 'Federatie Wallonië-Brussel', 'Wallonia-Brussels Federation'),
    kind: 'education',
    website: null,
    fundingSharePercent: null,
    counsellors: 1,
    fields: ['train', 'choose'],
    speaks: { fr: 1, nl: 0.3, en: 0.5 },
  },
  {
    slug: 'pole-academique',
    name: t('Pôle Académique de Bruxelles', 'Academische Pool Brussel', 'Brussels Academic Pole'),
    kind: 'education',
    website: null,
    fundingSharePercent: null,
    counsellors: 1,
    fields: ['train', 'move'],
    speaks: { fr: 1, nl: 0.3, en: 0.8 },
  },
  {
    slug: 'promotion-sociale',
    name: t(
      'Enseignement de promotion sociale',
      'Onderwijs voor sociale promotie',
      'Adult education (promotion sociale)',
    ),
    kind: 'education',
    website: null,
    fundingSharePercent: null,
    counsellors: 1,
    fields: ['train', 'change'],
    speaks: { fr: 1, nl: 0.2, en: 0.3 },
  },
  {
    slug: 'trace-leerwinkel',
    name: t('Tracé / Leerwinkel', 'Tracé / Leerwinkel', 'Tracé / Leerwinkel'),
    kind: 'partner',
    website: null,
    fundingSharePercent: null,
    counsellors: 1,
    fields: ['train', 'choose'],
    speaks: { fr: 0.8, nl: 1, en: 0.5 },
  },
  {
    slug: 'validation-competences',
    name: t('Validation des Compétences', 'Validering van competenties', 'Skills Validation'),
    kind: 'partner',
    website: null,
    fundingSharePercent: null,
    counsellors: 1,
    fields: ['change', 'train'],
    speaks: { fr: 1, nl: 0.3, en: 0.4 },
  },
  {
    slug: 'efp',
    name: t('EFP', 'EFP', 'EFP'),
    kind: 'training',
    website: null,
    fundingSharePercent: null,
    counsellors: 1,
    fields: ['train', 'create'],
    speaks: { fr: 1, nl: 0.2, en: 0.4 },
  },
  {
    slug: 'sfpme',
    name: t('Service Formation PME', 'Dienst Opleiding KMO', 'SME Training Service'),
    kind: 'training',
    website: null,
    fundingSharePercent: null,
    counsellors: 1,
    fields: ['create', 'train'],
    speaks: { fr: 1, nl: 0.3, en: 0.4 },
  },
  {
    slug: 'worldskills',
    name: t('World Skills Belgium', 'World Skills Belgium', 'World Skills Belgium'),
    kind: 'partner',
    website: null,
    fundingSharePercent: null,
    counsellors: 0,
    fields: ['choose'],
    speaks: { fr: 1, nl: 0.5, en: 0.8 },
  },
  {
    slug: '1819',
    name: t('1819 Brussels', '1819 Brussel', '1819 Brussels'),
    kind: 'partner',
    website: null,
    fundingSharePercent: null,
    counsellors: 1,
    fields: ['create'],
    speaks: { fr: 1, nl: 0.6, en: 0.8 },
  },
  {
    slug: 'phare',
    name: t('Phare', 'Phare', 'Phare'),
    kind: 'partner',
    website: null,
    fundingSharePercent: null,
    counsellors: 1,
    fields: ['work', 'train'],
    speaks: { fr: 1, nl: 0.3, en: 0.3 },
  },
];

/** The CDM's own team (administrator, manager, reception, stewards) is employed through Actiris. */
export const CENTRE_TEAM_ORGANISATION = 'actiris';

export const ZONES = [
  { code: 'A', kind: 'reception', name: t('Accueil', 'Onthaal', 'Reception') },
  { code: 'B', kind: 'waiting', name: t('Espace d’attente', 'Wachtruimte', 'Waiting area') },
  { code: 'C', kind: 'digital', name: t('Espace numérique', 'Digitale ruimte', 'Digital space') },
  { code: 'D', kind: 'documentation', name: t('Coin documentation', 'Documentatiehoek', 'Documentation corner') },
  { code: 'E', kind: 'counselling', name: t('Bureaux de conseil', 'Adviesbalies', 'Counselling desks') },
  { code: 'F', kind: 'rooms', name: t('Salles', 'Zalen', 'Rooms') },
] as const;

export const ROOMS = [
  { name: 'Agora', capacity: 80, equipment: ['projector', 'screen', 'sound', 'videoconference'] },
  { name: 'Atelier 1', capacity: 24, equipment: ['projector', 'whiteboard'] },
  { name: 'Atelier 2', capacity: 24, equipment: ['projector', 'whiteboard'] },
  { name: 'Salle numérique', capacity: 16, equipment: ['computers', 'projector'] },
  { name: 'Salle de réunion', capacity: 12, equipment: ['screen', 'videoconference'] },
  { name: 'Studio', capacity: 40, equipment: ['projector', 'sound'] },
] as const;

export const DESK_COUNT = 20;
export const COMPUTERS = 60;
export const TABLETS = 20;

export const FIRST_NAMES = [
  'Amina',
  'Lucas',
  'Sofia',
  'Noah',
  'Yasmine',
  'Louis',
  'Fatima',
  'Arthur',
  'Emma',
  'Mehdi',
  'Lotte',
  'Jules',
  'Nora',
  'Victor',
  'Sarah',
  'Adam',
  'Inès',
  'Liam',
  'Eva',
  'Hugo',
  'Leila',
  'Finn',
  'Camille',
  'Youssef',
  'Marie',
  'Rayan',
  'Hanne',
  'Thomas',
  'Aïcha',
  'Wout',
  'Chloé',
  'Bilal',
  'Julie',
  'Elias',
  'Sanne',
  'Omar',
];
export const LAST_NAMES = [
  'Dubois',
  'Peeters',
  'El Amrani',
  'Janssens',
  'Lambert',
  'Maes',
  'Benali',
  'Claes',
  'Dupont',
  'Willems',
  'Mertens',
  'Diallo',
  'Jacobs',
  'Martin',
  'Goossens',
  'Haddad',
  'Wouters',
  'Lefèvre',
  'De Smet',
  'Kaya',
  'Renard',
  'Vermeulen',
  'Nguyen',
  'Leroy',
  'Van Damme',
  'Moreau',
  'Ouali',
  'Simon',
  'Hermans',
  'Mbuyi',
];
