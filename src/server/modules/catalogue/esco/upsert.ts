import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';

export type OccupationRow = {
  uri: string;
  code: string | null;
  isco: string | null;
  labels: Record<string, string>;
  alt: Record<string, string[]>;
  descriptions: Record<string, string>;
};
export type SkillRow = Omit<OccupationRow, 'code' | 'isco'> & { skillType: string | null; reuseLevel: string | null };
export type IscoRow = { uri: string; code: string; labels: Record<string, string> };
export type RelationRow = { occ: string; skill: string; rel: 'essential' | 'optional' };

// One statement per batch: rows travel as one JSON parameter, unpacked by jsonb_to_recordset.
// Labels merge per language (`||`), so importing a second language adds to the first; re-running changes nothing.

export async function upsertOccupations(tx: DbOrTx, rows: OccupationRow[]) {
  await tx.execute(sql`
    insert into catalogue_occupations (uri, code, isco_code, labels, alt_labels, descriptions)
    select x.uri, x.code, x.isco, x.labels, x.alt, x.descriptions
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as x(uri text, code text, isco text, labels jsonb, alt jsonb, descriptions jsonb)
    on conflict (uri) do update set
      code = coalesce(excluded.code, catalogue_occupations.code),
      isco_code = coalesce(excluded.isco_code, catalogue_occupations.isco_code),
      labels = catalogue_occupations.labels || excluded.labels,
      alt_labels = catalogue_occupations.alt_labels || excluded.alt_labels,
      descriptions = catalogue_occupations.descriptions || excluded.descriptions,
      updated_at = now()`);
}

export async function upsertSkills(tx: DbOrTx, rows: SkillRow[]) {
  await tx.execute(sql`
    insert into catalogue_skills (uri, skill_type, reuse_level, labels, alt_labels, descriptions)
    select x.uri, x."skillType", x."reuseLevel", x.labels, x.alt, x.descriptions
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as x(uri text, "skillType" text, "reuseLevel" text, labels jsonb, alt jsonb, descriptions jsonb)
    on conflict (uri) do update set
      skill_type = coalesce(excluded.skill_type, catalogue_skills.skill_type),
      reuse_level = coalesce(excluded.reuse_level, catalogue_skills.reuse_level),
      labels = catalogue_skills.labels || excluded.labels,
      alt_labels = catalogue_skills.alt_labels || excluded.alt_labels,
      descriptions = catalogue_skills.descriptions || excluded.descriptions,
      updated_at = now()`);
}

export async function upsertIscoGroups(tx: DbOrTx, rows: IscoRow[]) {
  await tx.execute(sql`
    insert into catalogue_isco_groups (uri, code, labels)
    select x.uri, x.code, x.labels
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(uri text, code text, labels jsonb)
    on conflict (uri) do update set code = excluded.code, labels = catalogue_isco_groups.labels || excluded.labels`);
}

export async function upsertRelations(tx: DbOrTx, rows: RelationRow[]) {
  await tx.execute(sql`
    insert into catalogue_occupation_skills (occupation_uri, skill_uri, relation)
    select x.occ, x.skill, x.rel
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(occ text, skill text, rel text)
    on conflict (occupation_uri, skill_uri) do update set relation = excluded.relation`);
}

/** Adds a collection name (green, digital, …) to the skills listed; skills not imported yet are ignored. */
export async function addToCollection(tx: DbOrTx, collection: string, uris: string[]) {
  await tx.execute(sql`
    update catalogue_skills set collections = array_append(collections, ${collection})
    where uri in (select jsonb_array_elements_text(${JSON.stringify(uris)}::jsonb))
      and not (${collection} = any(collections))`);
}
