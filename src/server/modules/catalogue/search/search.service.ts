import { sql } from 'drizzle-orm';
import { normalizeText } from '../../../../common/catalogue/normalize.js';
import { catalogueToday } from '../../../../common/catalogue/offer-dates.js';
import { queryTerms } from '../../../../common/catalogue/query-terms.js';
import type { SearchQuery, SearchResult } from '../../../../common/catalogue/schemas.js';
import { rows } from '../rows.js';
import type { DbOrTx } from '../../../db/client.js';

type Row = { kind: string; ref: string; title: string; title_lang: string; score: number };

/**
 * One search over every kind of item. Two candidate sets, merged and ranked together:
 * - labels: trigram word similarity of the whole query against every label of the item in every
 *   language (accent-insensitive, typo-tolerant, cross-language);
 * - text: full-text match of the meaningful words (OR) with each document's own language stemming
 *   (weights: title A, other labels B, essential skills C, description and optional skills D), plus
 *   the share of the words matched, so "what I want to do" finds occupations through their skills.
 */
export async function search(db: DbOrTx, query: SearchQuery, now = new Date()): Promise<SearchResult> {
  const today = catalogueToday(now);
  const qn = normalizeText(query.q).slice(0, 120);
  const { meaningful } = queryTerms(query.q, query.lang);
  if (qn === '' || meaningful.length === 0) return { items: [], facets: { type: {} } };
  // Prefix matching (stem:*) only in the interface language: across languages it would make false friends
  // ("pain" in French matching "painter" in English).
  const orQuery = meaningful.join(' | ');
  const prefixQuery = meaningful.map((w) => (w.length >= 4 ? `${w}:*` : w)).join(' | ');
  const q = (l: string) => (l === lang ? prefixQuery : orQuery);
  const kind = query.type ?? null;
  const lang = query.lang;
  const result = await rows<Row & { total: number }>(
    db,
    sql`
    with params as (
      select to_tsquery('french', ${q('fr')}) as qfr, to_tsquery('dutch', ${q('nl')}) as qnl,
             to_tsquery('english', ${q('en')}) as qen, to_tsquery('simple', ${orQuery}) as qs,
             array(select jsonb_array_elements_text(${JSON.stringify(meaningful)}::jsonb)) as terms),
    trg as (
      select l.kind, l.ref, max(similarity(l.label, ${qn}) + 0.1 * l.preferred) as t
      from catalogue_search_labels l
      where l.label % ${qn} and (${kind}::text is null or l.kind = ${kind})
      group by l.kind, l.ref
      order by t desc limit 150),
    fts_raw as (
      select d.kind, d.ref, d.lang, d.tsv, d.simple_tsv,
        ts_rank('{0.1,0.2,0.4,1.0}', d.tsv, case d.lang when 'fr' then p.qfr when 'nl' then p.qnl else p.qen end, 1)
          * case when d.lang = ${lang} then 1 else 0.6 end as f
      from catalogue_search_docs d, params p
      where (${kind}::text is null or d.kind = ${kind})
        and ((d.lang = 'fr' and d.tsv @@ p.qfr) or (d.lang = 'nl' and d.tsv @@ p.qnl)
          or (d.lang = 'en' and d.tsv @@ p.qen) or d.simple_tsv @@ p.qs)
      order by f desc limit 400),
    fts as (
      select r.kind, r.ref, max(r.f) as f,
        max((select count(*) from unnest(p.terms) w
             where r.tsv @@ to_tsquery((case r.lang when 'fr' then 'french' when 'nl' then 'dutch' else 'english' end)::regconfig, w || case when r.lang = ${lang} and length(w) >= 4 then ':*' else '' end)
                or r.simple_tsv @@ to_tsquery('simple', w)))::float / cardinality(p.terms) as c
      from fts_raw r, params p
      group by r.kind, r.ref, p.terms),
    ranked as (
      select coalesce(trg.kind, fts.kind) as kind, coalesce(trg.ref, fts.ref) as ref,
        1.6 * case when coalesce(trg.t, 0) >= 0.5 then trg.t else 0.3 * coalesce(trg.t, 0) end
          + power(coalesce(fts.c, 0), 2) * (0.5 + 2 * coalesce(fts.f, 0))
          + case when coalesce(trg.kind, fts.kind) = 'occupation' then 0.05 else 0 end as score
      from trg full join fts on trg.kind = fts.kind and trg.ref = fts.ref
      -- An offer past its closing date is out even before the jobs round marks it expired.
      where case when coalesce(trg.kind, fts.kind) in ('training', 'vacancy', 'service', 'guide')
        then not exists (select 1 from catalogue_offers o
          where o.id = coalesce(trg.ref, fts.ref)::uuid and o.closes_on < ${today})
        else true end),
    top as (select *, count(*) over (partition by kind) as total from ranked order by score desc, ref limit ${query.limit})
    select top.kind, top.ref, top.score, top.total,
      coalesce(mine.title, other.title) as title, coalesce(mine.title_lang, other.title_lang) as title_lang
    from top
    left join catalogue_search_docs mine on mine.kind = top.kind and mine.ref = top.ref and mine.lang = ${lang}
    left join lateral (select o.title, o.title_lang from catalogue_search_docs o
      where o.kind = top.kind and o.ref = top.ref order by o.lang = 'en' desc limit 1) other on true
    order by top.score desc, top.ref`,
  );
  const facets: Record<string, number> = {};
  for (const r of result) facets[r.kind] = Number(r.total);
  return {
    items: result.map((r) => ({
      type: r.kind as SearchResult['items'][number]['type'],
      ...(r.kind === 'occupation' || r.kind === 'skill' ? { escoUri: r.ref } : { id: r.ref }),
      title: r.title,
      titleLang: r.title_lang as 'fr' | 'nl' | 'en',
      score: Math.round(Number(r.score) * 1000) / 1000,
    })),
    facets: { type: facets },
  };
}
