import { type SQL, sql } from 'drizzle-orm';
import { type CatalogueLang, pickLabel } from '../../../../common/catalogue/languages.js';
import type { OfferSummary } from '../../../../common/catalogue/portal-schemas.js';
import type { DbOrTx } from '../../../db/client.js';
import { rows } from '../rows.js';

export type SummaryRow = {
  id: string;
  kind: OfferSummary['kind'];
  titles: Record<string, string>;
  languages: string[];
  place: string | null;
  closes_on: string | null;
  org_id: string;
  org_name: Record<string, string>;
  occupation_uris: string[];
  skill_uris: string[];
};

/** A published offer that has not passed its closing date (the expiry job may not have run yet). */
export const publishedNow = sql`o.status = 'published' and (o.closes_on is null or o.closes_on::date >= current_date)`;

/** A JSON list as a SQL text array (the same on both drivers). */
export const textArray = (values: readonly string[]) =>
  sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;

/** Published offers matching `where`, with their organisation, in a stable order. */
export async function summaryRows(
  db: DbOrTx,
  where: SQL,
  {
    order = sql`o.updated_at desc, o.id`,
    limit = 100,
    offset = 0,
  }: { order?: SQL; limit?: number; offset?: number } = {},
) {
  return rows<SummaryRow>(
    db,
    sql`
    select o.id, o.kind, o.titles, o.languages, o.details->>'place' as place, o.closes_on,
      o.occupation_uris, o.skill_uris, org.id as org_id, org.name as org_name
    from catalogue_offers o join organisations org on org.id = o.organisation_id
    where ${publishedNow} and ${where}
    order by ${order} limit ${limit} offset ${offset}`,
  );
}

export function presentSummary(row: SummaryRow, lang: CatalogueLang): OfferSummary {
  const title = pickLabel(row.titles, lang) ?? { text: row.id, lang };
  return {
    id: row.id,
    kind: row.kind,
    title: title.text,
    titleLang: title.lang,
    organisation: { id: row.org_id, name: pickLabel(row.org_name, lang)?.text ?? '' },
    languages: row.languages.filter((l): l is CatalogueLang => l === 'fr' || l === 'nl' || l === 'en'),
    place: row.place || null,
    closesOn: row.closes_on,
  };
}
