import { sql } from 'drizzle-orm';
import type { CatalogueLang } from '../../../../common/catalogue/languages.js';
import { normalizeText } from '../../../../common/catalogue/normalize.js';
import { catalogueToday } from '../../../../common/catalogue/offer-dates.js';
import { queryTerms } from '../../../../common/catalogue/query-terms.js';
import type { SearchQuery, SearchResult } from '../../../../common/catalogue/schemas.js';
import { rows } from '../rows.js';
import type { DbOrTx } from '../../../db/client.js';
import { escoIndex } from './esco-index.js';
import { type QueryGroup, rankEsco } from './esco-rank.js';
import { searchEvents } from './event-search.js';
import { offerLabels, similarOffers } from './offer-labels.js';

type Row = { kind: string; ref: string; title: string; title_lang: string; score: number; total: number };
type Item = SearchResult['items'][number];
type Scored = Item & { score: number };

const ESCO_KINDS = new Set(['occupation', 'skill']);
const OFFER_KINDS = new Set(['training', 'vacancy', 'service', 'guide']);
const OFFER_TEXT_CANDIDATES = 300;
const TITLE_CANDIDATES = 150;
const TITLE_THRESHOLD = 0.5;
const tsquery = (groups: string[][]) => groups.map((g) => `(${g.join(' | ')})`).join(' & ');

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
  if (qn === '' || groups.length === 0) return { items: [], facets: { type: {} } };
  const kind = query.type ?? null;
  const lang = query.lang;
  const facets: Record<string, number> = {};
  // ESCO items rank in this process while PostgreSQL searches the offers and the events.
  const [esco, offers, events] = await Promise.all([
    kind === null || ESCO_KINDS.has(kind) ? searchEsco(db, qn, groups, query, facets) : [],
    kind === null || OFFER_KINDS.has(kind) ? searchOffers(db, qn, groups, lang, kind, query.limit, now) : [],
    kind === null || kind === 'event'
      ? searchEvents(db, { qn, tsquery: tsquery(groups), lang, site: query.site, limit: query.limit, now })
      : [],
  ]);
  const scored: Scored[] = [...esco];
  for (const r of offers) {
    facets[r.kind] = Number(r.total);
    scored.push({
      type: r.kind as Item['type'],
      id: r.ref,
      title: r.title,
      titleLang: r.title_lang as CatalogueLang,
      score: Number(r.score),
    });
  }
  for (const e of events) {
    facets.event = Number(e.total);
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
    facets: { type: facets },
  };
}

/** ESCO occupations and skills matching the query, best first; counts them per kind into `facets`. */
async function searchEsco(
  db: DbOrTx,
  qn: string,
  groups: string[][],
  query: SearchQuery,
  facets: Record<string, number>,
): Promise<Scored[]> {
  const kind = query.type === 'occupation' || query.type === 'skill' ? query.type : null;
  const [index, queryGroups] = await Promise.all([escoIndex(db), stems(db, groups)]);
  const hits = rankEsco(index, { text: qn, groups: queryGroups, lang: query.lang, kind });
  for (const h of hits) {
    const k = index.kinds[h.entity] ?? 'occupation';
    facets[k] = (facets[k] ?? 0) + 1;
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

/** Published partner offers matching the query, best first, with the number matched per kind. */
async function searchOffers(
  db: DbOrTx,
  qn: string,
  groups: string[][],
  lang: CatalogueLang,
  kind: string | null,
  limit: number,
  now: Date,
): Promise<Row[]> {
  const today = catalogueToday(now);
  const q = tsquery(groups);
  // Titles close to the query, found in memory (only titles at least this close count: pg_trgm's `%` at 0.5).
  const close = similarOffers(await offerLabels(db), qn, kind, TITLE_THRESHOLD, TITLE_CANDIDATES);
  return db.transaction(async (tx) => {
    // With the candidate cap the planner may prefer reading the whole table in order until it has 300 rows,
    // which is far slower when fewer match: the indexes are always the right way in.
    await tx.execute(sql`select set_config('enable_seqscan', 'off', true)`);
    return rows<Row>(
      tx,
      sql`
    with params as (
      select to_tsquery('french', ${q}) as qfr, to_tsquery('dutch', ${q}) as qnl,
             to_tsquery('english', ${q}) as qen, to_tsquery('simple', ${q}) as qs),
    trg as (select * from jsonb_to_recordset(${JSON.stringify(close)}::jsonb) as x(kind text, ref text, t float8)),
    -- Full-text candidates are capped (an offer index can match tens of thousands of rows for a common
    -- word); titles close to the query come through the trigram candidates above whatever the cap.
    hits as (
      select d.kind, d.ref, d.lang, d.tsv
      from catalogue_search_docs d, params p
      where d.kind not in ('occupation', 'skill') and (${kind}::text is null or d.kind = ${kind})
        and ((d.lang = 'fr' and d.tsv @@ p.qfr) or (d.lang = 'nl' and d.tsv @@ p.qnl)
          or (d.lang = 'en' and d.tsv @@ p.qen) or d.simple_tsv @@ p.qs)
      limit ${OFFER_TEXT_CANDIDATES}),
    fts as (
      select h.kind, h.ref,
        max(ts_rank('{0.1,0.2,0.4,1.0}', h.tsv, case h.lang when 'fr' then p.qfr when 'nl' then p.qnl else p.qen end, 1)
          * case when h.lang = ${lang} then 1 else 0.6 end) as f
      from hits h, params p
      group by h.kind, h.ref),
    ranked as (
      select coalesce(trg.kind, fts.kind) as kind, coalesce(trg.ref, fts.ref) as ref,
        1.6 * coalesce(trg.t, 0) + case when fts.ref is null then 0 else 0.5 + 2 * fts.f end as score
      from trg full join fts on trg.kind = fts.kind and trg.ref = fts.ref
      -- An offer past its closing date is out even before the jobs round marks it expired.
      where not exists (select 1 from catalogue_offers o
          where o.id = case when coalesce(trg.ref, fts.ref) ~ '^[0-9a-f-]{36}$' then coalesce(trg.ref, fts.ref)::uuid end
            and o.closes_on < ${today})),
    top as (select *, count(*) over (partition by kind) as total from ranked order by score desc, ref limit ${limit})
    -- one index look-up per result (a join here would let the planner scan every document)
    select top.kind, top.ref, top.score, top.total, t.title, t.title_lang
    from top
    join lateral (select d.title, d.title_lang from catalogue_search_docs d
      where d.kind = top.kind and d.ref = top.ref order by d.lang = ${lang} desc, d.lang = 'en' desc limit 1) t on true
    order by top.score desc, top.ref`,
    );
  });
}
