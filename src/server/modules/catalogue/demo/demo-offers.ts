import { CATALOGUE_LANGS, type CatalogueLang, pickLabel } from '../../../../common/catalogue/languages.js';
import {
  BRIDGING,
  COMMUNES,
  CONTRACTS,
  EMPLOYERS,
  QUALIFYING,
  type TrainingStyle,
  VACANCY_LANGUAGES,
} from './demo-providers.js';
import { DEMO_SERVICES, DEMO_GUIDES } from './demo-texts.js';

type Texts = Record<string, string>;

/** What the demo needs to know of an ESCO occupation. */
export type DemoOccupation = {
  uri: string;
  isco: string;
  labels: Texts;
  descriptions: Texts;
  /** Essential skills, those people arriving from neighbouring occupations lack most often first. */
  gapOrder: string[];
  /** Which lists tag it: `Bruxelles-Capitale`, `Vlaanderen`, or `` for a new profession. */
  regions: string[];
};

/** One demo offer, before it gets its owner's id. `key` is its stable source id (the seed upserts by it). */
export type DemoOffer = {
  key: string;
  org: string;
  kind: 'training' | 'vacancy' | 'service' | 'guide';
  titles: Texts;
  descriptions: Texts;
  languages: CatalogueLang[];
  occupationUris: string[];
  skillUris: string[];
  details: Record<string, string>;
  closesOn: string | null;
};

/** A stable number from a text (FNV-1a), so every install makes the same choices. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
const choose = <T>(list: readonly T[], seed: string) => list[hashOf(seed) % list.length] as T;

const idOf = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);
const capital = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
/** The first sentence of an ESCO description, when it exists in that very language (no silent fallback). */
const firstSentence = (texts: Texts, lang: CatalogueLang) => {
  const text = texts[lang]?.trim();
  if (!text) return '';
  const end = text.search(/[.!?](\s|$)/);
  return end > 0 ? text.slice(0, end + 1) : text;
};

function perLang(make: (lang: CatalogueLang) => string): Record<CatalogueLang, string> {
  return Object.fromEntries(CATALOGUE_LANGS.map((l) => [l, make(l)])) as Record<CatalogueLang, string>;
}
const label = (o: DemoOccupation, lang: CatalogueLang) => pickLabel(o.labels, lang)?.text ?? idOf(o.uri);
const fill = (template: string, value: string) => template.replaceAll('{o}', value);
const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const SKILL_LEAD: Record<CatalogueLang, string> = {
  fr: 'Au programme :',
  nl: 'Op het programma:',
  en: 'What you learn:',
};

function training(
  o: DemoOccupation,
  style: TrainingStyle,
  key: string,
  skills: string[],
  skillLabels: Map<string, Texts>,
): DemoOffer {
  const listed = (lang: CatalogueLang) => {
    const names = skills.slice(0, 4).flatMap((s) => skillLabels.get(s)?.[lang] ?? []);
    return names.length > 0 ? `${SKILL_LEAD[lang]} ${names.join(' ; ')}.` : '';
  };
  return {
    key,
    org: style.org,
    kind: 'training',
    titles: perLang((l) => fill(style.title[l], label(o, l))),
    descriptions: perLang((l) =>
      [fill(style.intro[l], label(o, l)), firstSentence(o.descriptions, l), listed(l)].filter(Boolean).join('\n\n'),
    ),
    languages: style.languages,
    occupationUris: [o.uri],
    skillUris: skills,
    details: {
      ...style.details,
      provider: style.provider,
      field: 'train',
      apply_url: `https://${style.applyHost}/${slug(label(o, 'fr'))}`,
    },
    closesOn: null,
  };
}

/** The qualifying course(s) and the bridging module of a tagged occupation. */
export function trainingsFor(o: DemoOccupation, skillLabels: Map<string, Texts>): DemoOffer[] {
  const id = idOf(o.uri);
  const major = o.isco.charAt(0);
  const flemishOnly = o.regions.includes('Vlaanderen') && !o.regions.includes('Bruxelles-Capitale');
  const styles: (keyof typeof QUALIFYING)[] = [];
  if (flemishOnly) styles.push('vdab');
  else {
    styles.push(major === '7' ? 'efp' : major === '2' && !o.isco.startsWith('25') ? 'evening' : 'bf');
    if (o.regions.includes('Vlaanderen')) styles.push('vdab');
  }
  const out = styles.map((s) =>
    training(o, QUALIFYING[s], `training:${s}:${id}`, o.gapOrder.slice(0, 20), skillLabels),
  );
  const bridge = o.gapOrder.slice(0, 8);
  if (bridge.length > 0) out.push(training(o, BRIDGING, `training:bridge:${id}`, bridge, skillLabels));
  return out;
}

function employerFor(isco: string, seed: string) {
  const match = EMPLOYERS.filter(([prefix]) => isco.startsWith(prefix)).sort((a, b) => b[0].length - a[0].length)[0];
  return choose(match?.[1] ?? ['Entreprise bruxelloise (démo)'], seed);
}

const VACANCY_TITLE: Record<CatalogueLang, string> = { fr: '{o} (H/F/X)', nl: '{o} (m/v/x)', en: '{o}' };
const VACANCY_LEAD: Record<CatalogueLang, string> = {
  fr: '{e} recrute à {p}.',
  nl: '{e} zoekt een nieuwe collega in {p}.',
  en: '{e} is hiring in {p}.',
};

/** A vacancy at a fictitious employer, closing 2 to 10 weeks after `today` (ISO date). */
export function vacancyFor(o: DemoOccupation, n: number, today: string, flemish: boolean): DemoOffer {
  const id = idOf(o.uri);
  const seed = `${id}:${n}`;
  const employer = employerFor(o.isco, seed);
  const place = choose(COMMUNES, `${seed}:place`);
  const language = flemish ? (VACANCY_LANGUAGES[2] ?? VACANCY_LANGUAGES[0]) : choose(VACANCY_LANGUAGES, `${seed}:lang`);
  const closes = new Date(`${today}T12:00:00Z`);
  closes.setUTCDate(closes.getUTCDate() + 14 + (hashOf(`${seed}:closes`) % 57));
  return {
    key: `vacancy:${id}:${n}`,
    org: flemish ? 'vdab' : 'actiris',
    kind: 'vacancy',
    titles: perLang((l) => `${capital(fill(VACANCY_TITLE[l], label(o, l)))} — ${employer}`),
    descriptions: perLang((l) =>
      [VACANCY_LEAD[l].replace('{e}', employer).replace('{p}', place), firstSentence(o.descriptions, l)]
        .filter(Boolean)
        .join('\n\n'),
    ),
    languages: language?.languages ?? ['fr'],
    occupationUris: [o.uri],
    skillUris: [],
    details: {
      employer,
      place,
      contract: choose(CONTRACTS, `${seed}:contract`),
      conditions: language?.conditions ?? '',
      field: 'work',
      apply_url: `https://jobs.example.org/${slug(employer)}/${id.slice(0, 8)}-${n}`,
    },
    closesOn: closes.toISOString().slice(0, 10),
  };
}

/** The hand-written services and guides. */
export function textOffers(): DemoOffer[] {
  const make = (kind: 'service' | 'guide') => (t: (typeof DEMO_SERVICES)[number]) => ({
    key: t.key,
    org: t.org,
    kind,
    titles: t.titles,
    descriptions: t.descriptions,
    languages: t.languages,
    occupationUris: [],
    skillUris: [],
    details: t.details,
    closesOn: null,
  });
  return [...DEMO_SERVICES.map(make('service')), ...DEMO_GUIDES.map(make('guide'))];
}
