import { sql } from 'drizzle-orm';
import { type CatalogueLang, pickLabel } from '../../../common/catalogue/languages.js';
import type { OccupationDetail, TransitionList } from '../../../common/catalogue/occupation-schemas.js';
import { rows } from './rows.js';
import type { DbOrTx } from '../../db/client.js';
import { notFound } from '../../platform/errors.js';

type Labelled = { uri: string; labels: Record<string, string> };
const present = (row: Labelled, lang: CatalogueLang) => {
  const l = pickLabel(row.labels, lang) ?? { text: row.uri, lang: 'en' as const };
  return { escoUri: row.uri, title: l.text, titleLang: l.lang };
};

/** An occupation with its ISCO group, skills grouped by essential/optional and its tags. */
export async function occupationDetail(db: DbOrTx, uri: string, lang: CatalogueLang): Promise<OccupationDetail> {
  const occ = await rows<Labelled & { descriptions: Record<string, string>; isco_code: string | null }>(
    db,
    sql`select uri, labels, descriptions, isco_code from catalogue_occupations where uri = ${uri}`,
  );
  const row = occ[0];
  if (!row) throw notFound();
  const [isco, skills, tags] = await Promise.all([
    rows<{ code: string; labels: Record<string, string> }>(
      db,
      sql`select code, labels from catalogue_isco_groups where code = ${row.isco_code ?? ''} limit 1`,
    ),
    rows<Labelled & { relation: 'essential' | 'optional'; skill_type: string | null }>(
      db,
      sql`
      select s.uri, s.labels, os.relation, s.skill_type from catalogue_occupation_skills os
      join catalogue_skills s on s.uri = os.skill_uri where os.occupation_uri = ${uri}`,
    ),
    rows<{ tag: 'new_profession' | 'shortage'; region: string; source: string; year: number }>(
      db,
      sql`select tag, region, source, year from catalogue_occupation_tags where occupation_uri = ${uri}`,
    ),
  ]);
  const description = pickLabel(row.descriptions, lang);
  const isc = isco[0];
  const skill = (relation: 'essential' | 'optional') =>
    skills
      .filter((s) => s.relation === relation)
      .map((s) => ({ ...present(s, lang), skillType: s.skill_type }))
      .sort((a, b) => a.title.localeCompare(b.title));
  return {
    ...present(row, lang),
    description: description ? { text: description.text, lang: description.lang } : null,
    isco: isc ? { code: isc.code, ...present({ uri: isc.code, labels: isc.labels }, lang) } : null,
    essentialSkills: skill('essential'),
    optionalSkills: skill('optional'),
    tags: tags.map((t) => ({ tag: t.tag, region: t.region, source: t.source, year: Number(t.year) })),
  };
}

/** The stored top transitions from an occupation, with shared skills and the gap (essential skills missing). */
export async function transitionsFrom(
  db: DbOrTx,
  uri: string,
  lang: CatalogueLang,
  limit: number,
): Promise<TransitionList> {
  const r = await rows<Labelled & { score: number; shared: number; gap: number }>(
    db,
    sql`
    select o.uri, o.labels, t.score,
      (select count(*) from catalogue_occupation_skills a join catalogue_occupation_skills b
        on b.skill_uri = a.skill_uri and b.occupation_uri = t.to_uri where a.occupation_uri = t.from_uri)::int as shared,
      (select count(*) from catalogue_occupation_skills b where b.occupation_uri = t.to_uri and b.relation = 'essential'
        and not exists (select 1 from catalogue_occupation_skills a where a.occupation_uri = t.from_uri
          and a.skill_uri = b.skill_uri))::int as gap
    from catalogue_transitions t join catalogue_occupations o on o.uri = t.to_uri
    where t.from_uri = ${uri} order by t.rank limit ${limit}`,
  );
  return {
    items: r.map((x) => ({
      ...present(x, lang),
      score: Math.round(Number(x.score) * 1000) / 1000,
      sharedSkills: x.shared,
      gapEssentialSkills: x.gap,
    })),
  };
}
