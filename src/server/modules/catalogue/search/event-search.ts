import { sql } from 'drizzle-orm';
import { type CatalogueLang, FALLBACK_ORDER } from '../../../../common/catalogue/languages.js';
import { PUBLIC_EVENT_TYPES } from '../../../../common/agenda/vocabulary.js';
import type { DbOrTx } from '../../../db/client.js';
import { rows } from '../rows.js';
import { chosen, type FacetFilters, facetsOfDescribed, type FoundFacets, NO_FACETS } from './facets.js';

export type EventHit = {
  ref: string;
  title: string;
  title_lang: string;
  starts_at: string;
  score: number;
  total: number;
};

/**
 * The agenda's public events (workshops, information sessions, …) that have not ended, matching the query, best
 * first, on the offers' score scale: 1.6 × the trigram similarity of a title (from 0.5) + 0.5 + 2 × `ts_rank` when
 * every query group is found in a title or description (stemmed in each language, or unstemmed). The words
 * come from `catalogue_event_docs`, which a trigger keeps in step with each event (migration 0014); a centre has
 * tens to hundreds of upcoming events, read through the agenda's index of published events by start, so they are
 * matched one by one rather than through a text index. `site` keeps to one centre's agenda (the portal links to
 * its own). The facets count the events found; the filters keep some.
 */
export async function searchEvents(
  db: DbOrTx,
  input: { qn: string; tsquery: string; lang: CatalogueLang; site: string | undefined; limit: number; now: Date },
  filters: FacetFilters,
): Promise<{ hits: EventHit[]; facets: FoundFacets }> {
  const { qn, tsquery: q, lang, site, limit, now } = input;
  const [a, b, c] = FALLBACK_ORDER[lang];
  const found = await rows<Partial<EventHit> & { facets: FoundFacets }>(
    db,
    sql`
    with params as (
      select to_tsquery('french', ${q}) as qfr, to_tsquery('dutch', ${q}) as qnl,
             to_tsquery('english', ${q}) as qen, to_tsquery('simple', ${q}) as qs),
    upcoming as (
      select e.id, e.title, e.starts_at, array[e.language] as languages, e.fields,
        e.owner_organisation_id::text as org, o.name as org_name,
        d.tsv_fr as tfr, d.tsv_nl as tnl, d.tsv_en as ten, d.simple_tsv as ts,
        greatest(similarity(d.title_fr, ${qn}), similarity(d.title_nl, ${qn}), similarity(d.title_en, ${qn})) as t
      from agenda_events e join catalogue_event_docs d on d.event_id = e.id join sites s on s.id = e.site_id
        join organisations o on o.id = e.owner_organisation_id
      where e.status = 'published' and e.ends_at > ${now}
        and e.type in (${sql.join(
          PUBLIC_EVENT_TYPES.map((t) => sql`${t}`),
          sql`, `,
        )})
        and (${site ?? null}::text is null or s.slug = ${site ?? null})),
    ranked as (
      select u.id, u.title, u.starts_at, u.languages, u.fields, u.org, u.org_name,
        case when u.t >= 0.5 then 1.6 * u.t else 0 end
          + case when u.tfr @@ p.qfr or u.tnl @@ p.qnl or u.ten @@ p.qen or u.ts @@ p.qs
              then 0.5 + 2 * greatest(ts_rank('{0.1,0.2,0.4,1.0}', u.tfr, p.qfr, 1) * case when ${lang} = 'fr' then 1 else 0.6 end,
                ts_rank('{0.1,0.2,0.4,1.0}', u.tnl, p.qnl, 1) * case when ${lang} = 'nl' then 1 else 0.6 end,
                ts_rank('{0.1,0.2,0.4,1.0}', u.ten, p.qen, 1) * case when ${lang} = 'en' then 1 else 0.6 end)
              else 0 end as score
      from upcoming u, params p),
    described as (select * from ranked where score > 0),
    top as (select *, count(*) over () as total from described where ${chosen(filters)}
      order by score desc, starts_at, id limit ${limit})
    select id::text as ref, coalesce(title->>${a}, title->>${b}, title->>${c}) as title,
      case when title ? ${a} then ${a} when title ? ${b} then ${b} else ${c} end as title_lang,
      to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as starts_at,
      score, total, (select ${facetsOfDescribed}) as facets
    from (select 1) one left join top on true
    order by score desc, starts_at, ref`,
  );
  return {
    hits: found.filter((r): r is EventHit & { facets: FoundFacets } => r.ref != null && r.title != null),
    facets: found[0]?.facets ?? NO_FACETS,
  };
}
