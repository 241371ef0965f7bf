export const CATALOGUE_LANGS = ['fr', 'nl', 'en'] as const;
export type CatalogueLang = (typeof CATALOGUE_LANGS)[number];

/** Where a label is missing, this is the order we fall back in (stated in the README too). */
export const FALLBACK_ORDER: Record<CatalogueLang, CatalogueLang[]> = {
  fr: ['fr', 'en', 'nl'],
  nl: ['nl', 'en', 'fr'],
  en: ['en', 'fr', 'nl'],
};

/** PostgreSQL text-search configuration per language. */
export const TS_CONFIG: Record<CatalogueLang, 'french' | 'dutch' | 'english'> = {
  fr: 'french',
  nl: 'dutch',
  en: 'english',
};

/** The label in `lang`, or the first available one in the fallback order, with the language it is in. */
export function pickLabel(
  labels: Partial<Record<string, string>>,
  lang: CatalogueLang,
): { text: string; lang: CatalogueLang } | undefined {
  for (const l of FALLBACK_ORDER[lang]) {
    const text = labels[l];
    if (text) return { text, lang: l };
  }
  return undefined;
}

export const ESCO_ATTRIBUTION = 'ESCO classification, © European Union, https://esco.ec.europa.eu';
