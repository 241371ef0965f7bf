import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, type Language } from '../../../common/domain.js';

/** Labels for report rows and exports, from the shared catalogues (fields, languages, audiences, channels) and stats.json. */
const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../locales');
type Tree = { [key: string]: string | Tree };
const load = (lang: Language, ns: string) =>
  JSON.parse(readFileSync(path.join(localesDir, lang, `${ns}.json`), 'utf8')) as Tree;
const catalogues = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    { common: load(lang, 'common'), visits: load(lang, 'visits'), stats: load(lang, 'stats') },
  ]),
) as Record<Language, Record<'common' | 'visits' | 'stats', Tree>>;

const lookup = (tree: Tree, dotted: string): string | undefined => {
  let node: string | Tree | undefined = tree;
  for (const part of dotted.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
};

export type Labeller = (dimension: string, key: string) => string;

/** A labeller in one language; unknown keys fall back to "not recorded" for '' and the key itself. */
export function labeller(lang: Language, organisations: Map<string, string>): Labeller {
  const c = catalogues[lang];
  return (dimension, key) => {
    if (key === '') return lookup(c.stats, 'report.notRecorded') ?? '—';
    switch (dimension) {
      case 'field':
        return lookup(c.common, `field.${key}.label`) ?? key;
      case 'language':
        return lookup(c.common, `language.name.${key}`) ?? key;
      case 'audience':
        return lookup(c.visits, `audience.${key}`) ?? key;
      case 'channel':
        return lookup(c.visits, `channel.${key}`) ?? key;
      case 'organisation':
        return organisations.get(key) ?? key;
      default:
        return lookup(c.stats, `${dimension}.${key}`) ?? key;
    }
  };
}

export const statsText = (lang: Language, key: string) => lookup(catalogues[lang].stats, key) ?? key;
