import { type SQL, sql } from 'drizzle-orm';
import {
  CATALOGUE_LANGS,
  type CatalogueLang,
  FALLBACK_ORDER,
  TS_CONFIG,
} from '../../../../common/catalogue/languages.js';
import type { DbOrTx } from '../../../db/client.js';

/** SQL twin of `normalizeText` (common/catalogue/normalize.ts): unaccented, lower-case, punctuation as spaces. */
export const norm = (value: SQL) =>
  sql`trim(regexp_replace(lower(unaccent(coalesce(${value}, ''))), '[^[:alnum:]]+', ' ', 'g'))`;

const label = (column: SQL, lang: CatalogueLang) => {
  const [a, b, c] = FALLBACK_ORDER[lang];
  return sql`coalesce(${column}->>${a}, ${column}->>${b}, ${column}->>${c})`;
};
const labelLang = (column: SQL, lang: CatalogueLang) => {
  const [a, b, c] = FALLBACK_ORDER[lang];
  return sql`case when ${column} ? ${a} then ${a} when ${column} ? ${b} then ${b} else ${c} end`;
};
const altIn = (column: SQL, lang: CatalogueLang) =>
  sql`(select string_agg(v, ' ') from jsonb_array_elements_text(coalesce(${column}->${lang}, '[]'::jsonb)) v)`;
const allLabels = (labels: SQL, alt: SQL) =>
  sql`concat_ws(' ', (select string_agg(value, ' ') from jsonb_each_text(${labels})),
    (select string_agg(v, ' ') from jsonb_each(${alt}) e, jsonb_array_elements_text(e.value) v))`;
const vector = (cfg: string, weight: string, text: SQL) =>
  sql`setweight(to_tsvector(${cfg}::regconfig, ${norm(text)}), ${weight})`;

async function occupationDocs(tx: DbOrTx, lang: CatalogueLang) {
  const cfg = TS_CONFIG[lang];
  const o = { labels: sql.raw('o.labels'), alt: sql.raw('o.alt_labels'), desc: sql.raw('o.descriptions') };
  await tx.execute(sql`
    with skill_text as (
      select os.occupation_uri,
        string_agg(${label(sql.raw('s.labels'), lang)}, ' ') filter (where os.relation = 'essential') as essential,
        string_agg(${label(sql.raw('s.labels'), lang)}, ' ') filter (where os.relation = 'optional') as optional
      from catalogue_occupation_skills os join catalogue_skills s on s.uri = os.skill_uri
      group by os.occupation_uri)
    insert into catalogue_search_docs (kind, ref, lang, title, title_lang, title_norm, labels_norm, tsv, simple_tsv)
    select 'occupation', o.uri, ${lang}, ${label(o.labels, lang)}, ${labelLang(o.labels, lang)},
      ${norm(label(o.labels, lang))}, ${norm(allLabels(o.labels, o.alt))},
      ${vector(cfg, 'A', label(o.labels, lang))} || ${vector(cfg, 'B', altIn(o.alt, lang))}
        || ${vector(cfg, 'C', sql`st.essential`)}
        || ${vector(cfg, 'D', sql`concat_ws(' ', ${label(o.desc, lang)}, st.optional)`)},
      ${vector('simple', 'A', sql`(select string_agg(value, ' ') from jsonb_each_text(o.labels))`)}
        || ${vector('simple', 'B', allLabels(sql`'{}'::jsonb`, o.alt))}
    from catalogue_occupations o left join skill_text st on st.occupation_uri = o.uri
    where o.labels <> '{}'::jsonb`);
}

/**
 * Skills get a document only in the languages they have a label in (no Dutch skill labels in this ESCO
 * copy: a Dutch search still reaches them through the other languages' documents); labels only, since
 * skills are looked up by name and their descriptions serve the occupations' documents.
 */
async function skillDocs(tx: DbOrTx, lang: CatalogueLang) {
  const cfg = TS_CONFIG[lang];
  const s = { labels: sql.raw('s.labels'), alt: sql.raw('s.alt_labels') };
  await tx.execute(sql`
    insert into catalogue_search_docs (kind, ref, lang, title, title_lang, title_norm, labels_norm, tsv, simple_tsv)
    select 'skill', s.uri, ${lang}, ${label(s.labels, lang)}, ${labelLang(s.labels, lang)},
      ${norm(label(s.labels, lang))}, ${norm(allLabels(s.labels, s.alt))},
      ${vector(cfg, 'A', label(s.labels, lang))} || ${vector(cfg, 'B', altIn(s.alt, lang))},
      ${vector('simple', 'A', sql`(select string_agg(value, ' ') from jsonb_each_text(s.labels))`)}
    from catalogue_skills s
    where s.labels ? ${lang}`);
}

async function labelRows(tx: DbOrTx, kind: 'occupation' | 'skill', table: SQL) {
  await tx.execute(sql`
    insert into catalogue_search_labels (kind, ref, label, preferred)
    select distinct ${kind}, t.uri, ${norm(sql`l.label`)}, l.preferred from ${table} t,
      lateral (select value as label, 1 as preferred from jsonb_each_text(t.labels)
               union all select v, 0 from jsonb_each(t.alt_labels) e, jsonb_array_elements_text(e.value) v) l
    where ${norm(sql`l.label`)} <> ''`);
}

/** Rebuilds the search documents of ESCO occupations and skills (one per item and language) and their labels. */
export async function rebuildEscoSearchDocs(tx: DbOrTx) {
  await tx.execute(sql`delete from catalogue_search_docs where kind in ('occupation', 'skill')`);
  await tx.execute(sql`delete from catalogue_search_labels where kind in ('occupation', 'skill')`);
  await labelRows(tx, 'occupation', sql.raw('catalogue_occupations'));
  await labelRows(tx, 'skill', sql.raw('catalogue_skills'));
  for (const lang of CATALOGUE_LANGS) {
    await occupationDocs(tx, lang);
    await skillDocs(tx, lang);
  }
}
