import { sql } from 'drizzle-orm';
import type { CatalogueLang } from '../../../../common/catalogue/languages.js';
import { catalogueToday } from '../../../../common/catalogue/offer-dates.js';
import type { DbOrTx } from '../../../db/client.js';
import { rows } from '../rows.js';
import { chosen, type FacetFilters, facetsOfDescribed, type FoundFacets, NO_FACETS } from './facets.js';
import { offerLabels, similarOffers } from './offer-labels.js';

const TEXT_CANDIDATES = 300;
const TITLE_CANDIDATES = 150;
const TITLE_THRESHOLD = 0.5;

/** The query's groups as a tsquery: every group, each matching through any of its terms. */
export const tsquery = (groups: string[][]) => groups.map((g) => `(${g.join(' | ')})`).join(' & ');

export type OfferHit = { kind: string; ref: string; title: string; title_lang: string; score: number; total: number };

type Row = Partial<OfferHit> & { facets: FoundFacets };

/**
 * Published partner offers matching the query, best first, with the number matched per kind and the facets
 * of the candidates; `kind` narrows to one kind of offer.
 */
export async function searchOffers(
  db: DbOrTx,
  input: { qn: string; groups: string[][]; lang: CatalogueLang; kind: string | null; limit: number; now: Date },
  filters: FacetFilters,
): Promise<{ hits: OfferHit[]; facets: FoundFacets }> {
  const { qn, groups, lang, kind, limit, now } = input;
  const today = catalogueToday(now);
  const q = tsquery(groups);
  // Titles close to the query, found in memory (only titles at least this close count: pg_trgm's `%` at 0.5).
  const close = similarOffers(await offerLabels(db), qn, kind, TITLE_THRESHOLD, TITLE_CANDIDATES);
  const found = await db.transaction(async (tx) => {
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
      limit ${TEXT_CANDIDATES}),
    fts as (
      select h.kind, h.ref,
        max(ts_rank('{0.1,0.2,0.4,1.0}', h.tsv, case h.lang when 'fr' then p.qfr when 'nl' then p.qnl else p.qen end, 1)
          * case when h.lang = ${lang} then 1 else 0.6 end) as f
      from hits h, params p
      group by h.kind, h.ref),
    ranked as (
      select coalesce(trg.kind, fts.kind) as kind, coalesce(trg.ref, fts.ref) as ref,
        1.6 * coalesce(trg.t, 0) + case when fts.ref is null then 0 else 0.5 + 2 * fts.f end as score
      from trg full join fts on trg.kind = fts.kind and trg.ref = fts.ref),
    -- An offer past its closing date is out even before the jobs round marks it expired.
    described as (
      select r.*, coalesce(o.languages, '{}') as languages,
        case when o.details->>'field' is null then '{}'::text[] else array[o.details->>'field'] end as fields,
        o.organisation_id::text as org, org.name as org_name
      from ranked r
      left join catalogue_offers o on o.id = case when r.ref ~ '^[0-9a-f-]{36}$' then r.ref::uuid end
      left join organisations org on org.id = o.organisation_id
      where o.closes_on is null or o.closes_on >= ${today}),
    top as (
      select *, count(*) over (partition by kind) as total from described where ${chosen(filters)}
      order by score desc, ref limit ${limit})
    -- one index look-up per result (a join here would let the planner scan every document)
    select top.kind, top.ref, top.score, top.total, t.title, t.title_lang, (select ${facetsOfDescribed}) as facets
    from (select 1) one
    left join (top join lateral (select d.title, d.title_lang from catalogue_search_docs d
      where d.kind = top.kind and d.ref = top.ref order by d.lang = ${lang} desc, d.lang = 'en' desc limit 1) t on true)
      on true
    order by top.score desc, top.ref`,
    );
  });
  return {
    hits: found.filter((r): r is Row & OfferHit => r.ref != null && r.title != null),
    facets: found[0]?.facets ?? NO_FACETS,
  };
}
