import { sql } from 'drizzle-orm';
import type { CatalogueLang } from '../../../../common/catalogue/languages.js';
import { normalizeText } from '../../../../common/catalogue/normalize.js';
import { queryTerms } from '../../../../common/catalogue/query-terms.js';
import { OFFER_KINDS as OFFER_KIND_LIST } from '../../../../common/catalogue/offer-schemas.js';
import type { SearchQuery, SearchResult } from '../../../../common/catalogue/schemas.js';
import { rows } from '../rows.js';
import type { DbOrTx } from '../../../db/client.js';
import { escoIndex } from './esco-index.js';
import { type QueryGroup, rankEsco } from './esco-rank.js';
import { searchEvents } from './event-search.js';
import { anyFacetChosen, mergeFacets, NO_FACETS } from './facets.js';
import { searchOffers, tsquery } from './offer-search.js';

type Item = SearchResult['items'][number];
type Scored = Item & { score: number };

const ESCO_KINDS = new Set(['occupation', 'skill']);
const OFFER_KINDS: ReadonlySet<string> = new Set(OFFER_KIND_LIST);

/** Each term's stem in the three languages (PostgreSQL's own stemmers, the ones the documents were indexed with). */
async function stems(db: DbOrTx, groups: string[][]): Promise<QueryGroup[]> {
  const terms = [...new Set(groups.flat())];
  const result = await rows<{ w: string; fr: string | null; nl: string | null; en: string | null }>(
    db,
    sql`select w, (tsvector_to_array(to_tsvector('french', w)))[1] as fr,
      (tsvector_to_array(to_tsvector('dutch', w)))[1] as nl, (tsvector_to_array(to_tsvector('english', w)))[1] as en
      from jsonb_array_elements_text(${JSON.stringify(terms)}::jsonb) w`,
  );
  const byWord = new Map(result.map((r) => [r.w, r]));
  return groups.map((g) => ({
    terms: g.map((word) => {
      const r = byWord.get(word);
      const out: Partial<Record<CatalogueLang, string>> = {};
      if (r?.fr) out.fr = r.fr;
      if (r?.nl) out.nl = r.nl;
      if (r?.en) out.en = r.en;
      return { word, stems: out };
    }),
  }));
}

/**
 * One search over every kind of item.
 * - ESCO occupations and skills are ranked in memory (`esco-index.ts`, `esco-rank.ts`): trigram similarity
 *   of the whole query to every label (typos, missing accents, titles in another language), the share of the
 *   query's words found in each language's document (title, labels, essential skills, description; idf-weighted),
 *   and skills matching the query carried to the occupations that need them (essential above optional).
 * - Partner offers: trigram similarity of their titles (in memory, `offer-labels.ts`), and, in PostgreSQL, full-text
 *   match of all the query's words (each with its expansions) in the document's language or unstemmed.
 * - The agenda's public events that have not ended (`event-search.ts`), on the offers' scale.
 * All give scores on the same scale and are merged.
 */
export async function search(db: DbOrTx, query: SearchQuery, now = new Date()): Promise<SearchResult> {
  const qn = normalizeText(query.q).slice(0, 120);
  const { groups } = queryTerms(query.q, query.lang);
  if (qn === '' || groups.length === 0) return { items: [], facets: { type: {}, ...mergeFacets([], query.lang) } };
  const kind = query.type ?? null;
  const lang = query.lang;
  const filters = { language: query.language, organisation: query.organisation, field: query.field };
  const types: Record<string, number> = {};
  const none = { hits: [], facets: NO_FACETS };
  // ESCO items rank in this process while PostgreSQL searches the offers and the events.
  const [esco, offers, events] = await Promise.all([
    (kind === null || ESCO_KINDS.has(kind)) && !anyFacetChosen(filters) ? searchEsco(db, qn, groups, query, types) : [],
    kind === null || OFFER_KINDS.has(kind)
      ? searchOffers(db, { qn, groups, lang, kind, limit: query.limit, now }, filters)
      : none,
    kind === null || kind === 'event'
      ? searchEvents(db, { qn, tsquery: tsquery(groups), lang, site: query.site, limit: query.limit, now }, filters)
      : none,
  ]);
  const scored: Scored[] = [...esco];
  for (const r of offers.hits) {
    types[r.kind] = Number(r.total);
    scored.push({
      type: r.kind as Item['type'],
      id: r.ref,
      title: r.title,
      titleLang: r.title_lang as CatalogueLang,
      score: Number(r.score),
    });
  }
  for (const e of events.hits) {
    types.event = Number(e.total);
    scored.push({
      type: 'event',
      id: e.ref,
      title: e.title,
      titleLang: e.title_lang as CatalogueLang,
      startsAt: e.starts_at,
      score: Number(e.score),
    });
  }

  const key = (i: Scored) => `${i.startsAt ?? ''}${i.escoUri ?? i.id ?? ''}`;
  scored.sort((a, b) => b.score - a.score || (key(a) < key(b) ? -1 : 1));
  return {
    items: scored.slice(0, query.limit).map((i) => ({ ...i, score: Math.round(i.score * 1000) / 1000 })),
    facets: { type: types, ...mergeFacets([offers.facets, events.facets], lang) },
  };
}

/** ESCO occupations and skills matching the query, best first; counts them per kind into `types`. */
async function searchEsco(
  db: DbOrTx,
  qn: string,
  groups: string[][],
  query: SearchQuery,
  types: Record<string, number>,
): Promise<Scored[]> {
  const kind = query.type === 'occupation' || query.type === 'skill' ? query.type : null;
  const [index, queryGroups] = await Promise.all([escoIndex(db), stems(db, groups)]);
  const hits = rankEsco(index, { text: qn, groups: queryGroups, lang: query.lang, kind });
  for (const h of hits) {
    const k = index.kinds[h.entity] ?? 'occupation';
    types[k] = (types[k] ?? 0) + 1;
  }
  const out: Scored[] = [];
  for (const h of hits.slice(0, query.limit)) {
    const titles = index.titles[h.entity];
    const t = titles?.get(query.lang) ?? titles?.get('en') ?? [...(titles?.values() ?? [])][0];
    if (!t) continue;
    out.push({
      type: index.kinds[h.entity] ?? 'occupation',
      escoUri: index.refs[h.entity] ?? '',
      title: t.title,
      titleLang: t.lang,
      score: h.score,
    });
  }
  return out;
}
