import { type SQL, sql } from 'drizzle-orm';
import { type CatalogueLang, pickLabel } from '../../../../common/catalogue/languages.js';
import type {
  Labelled,
  ListingDetail,
  Listings,
  ListingsQuery,
  OccupationOffers,
} from '../../../../common/catalogue/portal-schemas.js';
import type { DbOrTx } from '../../../db/client.js';
import { notFound } from '../../../platform/errors.js';
import { rows } from '../rows.js';
import { presentSummary, publishedNow, type SummaryRow, summaryRows, textArray } from './offer-summaries.js';

const OCCUPATION_OFFERS_PER_KIND = 5;

/** Vacancies closing soonest first; other kinds most recently updated first. */
const orderFor = (kind: string) =>
  kind === 'vacancy' ? sql`o.closes_on asc nulls last, o.updated_at desc, o.id` : sql`o.updated_at desc, o.id`;

/** Published offers of one kind, filtered, one page, with the organisations that have some (for the filter). */
export async function listPublished(db: DbOrTx, query: ListingsQuery): Promise<Listings> {
  const where: SQL[] = [sql`o.kind = ${query.kind}`];
  if (query.language) where.push(sql`${query.language} = any(o.languages)`);
  if (query.organisation) where.push(sql`o.organisation_id = ${query.organisation}`);
  if (query.field) where.push(sql`o.details->>'field' = ${query.field}`);
  if (query.occupation) where.push(sql`${query.occupation} = any(o.occupation_uris)`);
  const filter = sql.join(where, sql` and `);
  const [page, total, orgs] = await Promise.all([
    summaryRows(db, filter, { order: orderFor(query.kind), limit: query.limit, offset: query.offset }),
    rows<{ n: number }>(db, sql`select count(*)::int as n from catalogue_offers o where ${publishedNow} and ${filter}`),
    rows<{ id: string; name: Record<string, string>; n: number }>(
      db,
      sql`
      select org.id, org.name, count(*)::int as n from catalogue_offers o join organisations org on org.id = o.organisation_id
      where ${publishedNow} and o.kind = ${query.kind} group by org.id, org.name`,
    ),
  ]);
  return {
    items: page.map((r) => presentSummary(r, query.lang)),
    total: Number(total[0]?.n ?? 0),
    organisations: orgs
      .map((o) => ({ id: o.id, name: pickLabel(o.name, query.lang)?.text ?? '', count: Number(o.n) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

type Concept = { uri: string; labels: Record<string, string> };
const labelled = (c: Concept, lang: CatalogueLang): Labelled => {
  const l = pickLabel(c.labels, lang) ?? { text: c.uri, lang };
  return { escoUri: c.uri, title: l.text, titleLang: l.lang };
};

/** One published offer with its organisation, linked occupations and skills in the reader's language. */
export async function publishedDetail(db: DbOrTx, id: string, lang: CatalogueLang): Promise<ListingDetail> {
  const [row] = await rows<
    SummaryRow & {
      descriptions: Record<string, string>;
      details: Record<string, unknown>;
      demo: number;
      updated_at: string | Date;
      website: string | null;
    }
  >(
    db,
    sql`
    select o.id, o.kind, o.titles, o.descriptions, o.details, o.languages, o.details->>'place' as place, o.closes_on,
      o.occupation_uris, o.skill_uris, o.demo, o.updated_at, org.id as org_id, org.name as org_name, org.website
    from catalogue_offers o join organisations org on org.id = o.organisation_id
    where o.id = ${id} and ${publishedNow}`,
  );
  if (!row) throw notFound();
  const [occupations, skills] = await Promise.all([
    rows<Concept>(
      db,
      sql`select uri, labels from catalogue_occupations where uri = any(${textArray(row.occupation_uris)})`,
    ),
    rows<Concept>(db, sql`select uri, labels from catalogue_skills where uri = any(${textArray(row.skill_uris)})`),
  ]);
  const byTitle = (a: Labelled, b: Labelled) => a.title.localeCompare(b.title);
  const description = pickLabel(row.descriptions, lang);
  return {
    ...presentSummary(row, lang),
    description: description ? { text: description.text, lang: description.lang } : null,
    details: Object.fromEntries(
      Object.entries(row.details).flatMap(([k, v]) => (v === null || v === '' ? [] : [[k, String(v)]])),
    ),
    occupations: occupations.map((o) => labelled(o, lang)).sort(byTitle),
    skills: skills.map((s) => labelled(s, lang)).sort(byTitle),
    organisationWebsite: row.website,
    demo: Number(row.demo) === 1,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** Published trainings, vacancies, services and guides linked to an occupation (a few of each). */
export async function occupationOffers(db: DbOrTx, uri: string, lang: CatalogueLang): Promise<OccupationOffers> {
  const found = await rows<SummaryRow & { k: number }>(
    db,
    sql`
    select * from (
      select o.id, o.kind, o.titles, o.languages, o.details->>'place' as place, o.closes_on,
        o.occupation_uris, o.skill_uris, org.id as org_id, org.name as org_name,
        row_number() over (partition by o.kind order by o.closes_on asc nulls last, o.updated_at desc, o.id) as k
      from catalogue_offers o join organisations org on org.id = o.organisation_id
      where ${publishedNow} and ${uri} = any(o.occupation_uris)) x
    where x.k <= ${OCCUPATION_OFFERS_PER_KIND} order by x.kind, x.k`,
  );
  const out: OccupationOffers = { training: [], vacancy: [], service: [], guide: [] };
  for (const r of found) out[r.kind].push(presentSummary(r, lang));
  return out;
}
