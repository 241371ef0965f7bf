import { sql } from 'drizzle-orm';
import { catalogueToday } from '../../../../common/catalogue/offer-dates.js';
import type { DbOrTx } from '../../../db/client.js';
import { occupationTags, offers } from '../../../db/schema/catalogue.js';
import { recordAudit } from '../../../platform/audit.js';
import { escoLoaded } from '../esco/first-start.js';
import { syncOfferDocs } from '../offers/offer-docs.js';
import { textArray } from '../portal/offer-summaries.js';
import { rows } from '../rows.js';
import { type DemoOccupation, type DemoOffer, textOffers, trainingsFor, vacancyFor } from './demo-offers.js';
import { DEMO_TAG_LISTS, DEMO_VACANCY_EXTRA_IDS, occupationUri } from './demo-tags.js';

/** The source name of every demo offer (with its stable key as source id), and how a seeded catalogue is recognised. */
export const CATALOGUE_DEMO_SOURCE = 'atrium-demo';
/** How many stored transitions into an occupation count when ranking the skills newcomers lack. */
const ARRIVALS_RANK = 10;

export type CatalogueDemoResult = { tags: number; offers: number };

export async function catalogueDemoSeeded(db: DbOrTx): Promise<boolean> {
  const r = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from catalogue_offers where source = ${CATALOGUE_DEMO_SOURCE}`,
  );
  return (r[0]?.n ?? 0) > 0;
}

/**
 * The tagged occupations present in this database, with their essential skills ordered by how often people
 * arriving from the occupations whose transitions lead there lack them. Cross-sector and transversal skills
 * (communication, self-development, …) are left out: a course on a trade teaches the trade.
 */
async function demoOccupations(tx: DbOrTx, uris: string[]): Promise<Omit<DemoOccupation, 'regions'>[]> {
  const found = await rows<{
    uri: string;
    isco: string | null;
    labels: Record<string, string>;
    descriptions: Record<string, string>;
  }>(
    tx,
    sql`select uri, isco_code as isco, labels, descriptions from catalogue_occupations where uri = any(${textArray(uris)})`,
  );
  const gaps = await rows<{ occupation: string; skill: string; lacking: number }>(
    tx,
    sql`
    select e.occupation_uri as occupation, e.skill_uri as skill,
      count(t.from_uri) filter (where not exists (
        select 1 from catalogue_occupation_skills h where h.occupation_uri = t.from_uri and h.skill_uri = e.skill_uri
      ))::int as lacking
    from catalogue_occupation_skills e
    left join catalogue_transitions t on t.to_uri = e.occupation_uri and t.rank <= ${ARRIVALS_RANK}
    join catalogue_skills s on s.uri = e.skill_uri
    where e.relation = 'essential' and e.occupation_uri = any(${textArray(uris)})
      and coalesce(s.reuse_level, '') not in ('cross-sector', 'transversal')
    group by e.occupation_uri, e.skill_uri
    order by e.occupation_uri, lacking desc, e.skill_uri`,
  );
  const order = new Map<string, string[]>();
  for (const g of gaps) order.set(g.occupation, [...(order.get(g.occupation) ?? []), g.skill]);
  return found
    .sort((a, b) => a.uri.localeCompare(b.uri))
    .map((o) => ({ ...o, isco: o.isco ?? '', gapOrder: order.get(o.uri) ?? [] }));
}

async function skillLabelsOf(tx: DbOrTx, uris: string[]) {
  const found = await rows<{ uri: string; labels: Record<string, string> }>(
    tx,
    sql`select uri, labels from catalogue_skills where uri = any(${textArray(uris)})`,
  );
  return new Map(found.map((s) => [s.uri, s.labels]));
}

/**
 * The catalogue's demo data for the Brussels demo centre, once: curated tags (shortage lists with source and
 * year, new professions) on the occupations of the loaded ESCO, and published partner offers marked `demo` —
 * trainings for the tagged occupations and for the skills people coming from neighbouring occupations lack,
 * vacancies, services and guides — indexed for search like any created offer. One transaction; returns null
 * (and writes nothing) when it already ran, when ESCO has none of the occupations, or without the demo partners.
 */
export async function seedCatalogueDemo(db: DbOrTx, now = new Date()): Promise<CatalogueDemoResult | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${CATALOGUE_DEMO_SOURCE}))`);
    if (await catalogueDemoSeeded(tx)) return null;
    const orgs = await rows<{ id: string; slug: string }>(tx, sql`select id, slug from organisations`);
    const orgId = new Map(orgs.map((o) => [o.slug, o.id]));
    if (!orgId.has('actiris') || !orgId.has('bruxelles-formation')) return null;

    const regions = new Map<string, string[]>();
    for (const list of DEMO_TAG_LISTS)
      for (const id of list.ids)
        regions.set(occupationUri(id), [...(regions.get(occupationUri(id)) ?? []), list.region]);
    const extra = DEMO_VACANCY_EXTRA_IDS.map(occupationUri);
    const occupations = await demoOccupations(tx, [...new Set([...regions.keys(), ...extra])]);
    if (occupations.length === 0) return null;
    const present = new Set(occupations.map((o) => o.uri));

    const tagRows = DEMO_TAG_LISTS.flatMap((list) =>
      list.ids
        .map(occupationUri)
        .filter((uri) => present.has(uri))
        .map((uri) => ({
          occupationUri: uri,
          tag: list.tag,
          region: list.region,
          source: list.source,
          year: list.year,
        })),
    );
    const tags =
      tagRows.length === 0
        ? []
        : await tx
            .insert(occupationTags)
            .values(tagRows)
            .onConflictDoNothing()
            .returning({ uri: occupationTags.occupationUri });

    const today = catalogueToday(now);
    const tagged = occupations
      .filter((o) => regions.has(o.uri))
      .map((o) => ({ ...o, regions: regions.get(o.uri) ?? [] }));
    const skillLabels = await skillLabelsOf(tx, [...new Set(tagged.flatMap((o) => o.gapOrder.slice(0, 20)))]);
    const planned: DemoOffer[] = [
      ...tagged.flatMap((o) => trainingsFor(o, skillLabels)),
      ...tagged
        .filter((o) => o.regions.some((r) => r !== ''))
        .map((o) => vacancyFor(o, 1, today, !o.regions.includes('Bruxelles-Capitale'))),
      ...occupations
        .filter((o) => extra.includes(o.uri))
        .map((o) => vacancyFor({ ...o, regions: [] }, 1, today, false)),
      ...textOffers(),
    ].filter((o) => orgId.has(o.org));

    const inserted = await tx
      .insert(offers)
      .values(
        planned.map((o) => ({
          kind: o.kind,
          organisationId: orgId.get(o.org) as string,
          status: 'published' as const,
          titles: o.titles,
          descriptions: o.descriptions,
          languages: o.languages,
          occupationUris: o.occupationUris,
          skillUris: o.skillUris,
          details: o.details,
          closesOn: o.closesOn,
          source: CATALOGUE_DEMO_SOURCE,
          sourceId: o.key,
          demo: 1,
        })),
      )
      .onConflictDoNothing()
      .returning();
    for (const row of inserted) await syncOfferDocs(tx, row);
    const result = { tags: tags.length, offers: inserted.length };
    await recordAudit(tx, null, { action: 'catalogue.demo_seed', targetType: 'catalogue', detail: result });
    return result;
  });
}

/**
 * After ESCO is loaded on a demo install: seeds the catalogue demo unless it ran before, and says so in one
 * line. The caller decides that this is a demo install (never in production).
 */
export async function loadCatalogueDemo(db: DbOrTx, log: (line: string) => void, now = new Date()) {
  if (!(await escoLoaded(db))) return null;
  const result = await seedCatalogueDemo(db, now);
  if (result)
    log(
      `Catalogue demo data: ${result.tags} curated occupation tags and ${result.offers} partner offers (marked as demo).`,
    );
  return result;
}
