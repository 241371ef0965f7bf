import { sql } from 'drizzle-orm';
import { type CatalogueLang, pickLabel } from '../../../../common/catalogue/languages.js';
import type {
  Labelled,
  TransitionsResult,
  TransitionsSearch,
  TransitionTarget,
} from '../../../../common/catalogue/portal-schemas.js';
import type { DbOrTx } from '../../../db/client.js';
import { notFound } from '../../../platform/errors.js';
import { presentSummary, type SummaryRow, summaryRows, textArray } from '../portal/offer-summaries.js';
import { rows } from '../rows.js';
import { rankFromSkills } from './from-skills.js';
import { skillIndex } from './skill-index.js';

const LISTED_SKILLS = 20;
const TRAININGS_PER_TARGET = 3;

type Concept = { uri: string; labels: Record<string, string> };
type Tag = TransitionTarget['tags'][number];

const labelled = (c: Concept, lang: CatalogueLang): Labelled => {
  const l = pickLabel(c.labels, lang) ?? { text: c.uri, lang };
  return { escoUri: c.uri, title: l.text, titleLang: l.lang };
};
const byTitle = (a: Labelled, b: Labelled) => a.title.localeCompare(b.title);

/** Where a person starts: an occupation's skills and its stored transitions, or ticked skills ranked live. */
async function start(db: DbOrTx, query: TransitionsSearch) {
  if (query.from) {
    const [from] = await rows<Concept>(
      db,
      sql`select uri, labels from catalogue_occupations where uri = ${query.from}`,
    );
    if (!from) throw notFound();
    const [skills, ranked] = await Promise.all([
      rows<{ uri: string }>(
        db,
        sql`select skill_uri as uri from catalogue_occupation_skills where occupation_uri = ${query.from}`,
      ),
      rows<{ uri: string; score: number }>(
        db,
        sql`select to_uri as uri, score from catalogue_transitions where from_uri = ${query.from} order by rank`,
      ),
    ]);
    return { from, picked: [] as Concept[], have: new Set(skills.map((s) => s.uri)), ranked };
  }
  const asked = query.skills ?? [];
  const picked = await rows<Concept>(
    db,
    sql`select uri, labels from catalogue_skills where uri = any(${textArray(asked)})`,
  );
  const have = new Set(picked.map((s) => s.uri));
  return { from: null, picked, have, ranked: rankFromSkills(await skillIndex(db), [...have]) };
}

/**
 * Career transitions from an occupation or from ticked skills: ranked targets (optionally only new
 * professions or shortage occupations) with their tags, shared skills, essential-skill gap and the
 * published trainings that cover it (linked to the target occupation or to a gap skill).
 */
export async function transitionTargets(db: DbOrTx, query: TransitionsSearch): Promise<TransitionsResult> {
  const { lang } = query;
  const { from, picked, have, ranked } = await start(db, query);
  // Curated tag lists are short (a few hundred rows): read them whole rather than pass thousands of candidates.
  const tagRows = await rows<Tag & { uri: string }>(
    db,
    sql`select occupation_uri as uri, tag, region, source, year from catalogue_occupation_tags order by tag, region`,
  );
  const tags = new Map<string, Tag[]>();
  for (const t of tagRows) {
    const list = tags.get(t.uri) ?? [];
    list.push({ tag: t.tag, region: t.region, source: t.source, year: Number(t.year) });
    tags.set(t.uri, list);
  }
  const chosen = ranked
    .filter((r) => !query.tag || tags.get(r.uri)?.some((t) => t.tag === query.tag))
    .slice(0, query.limit);
  const targets = chosen.map((c) => c.uri);
  const [concepts, relations] = await Promise.all([
    rows<Concept>(db, sql`select uri, labels from catalogue_occupations where uri = any(${textArray(targets)})`),
    rows<Concept & { occupation: string; relation: 'essential' | 'optional' }>(
      db,
      sql`select os.occupation_uri as occupation, os.relation, s.uri, s.labels
          from catalogue_occupation_skills os join catalogue_skills s on s.uri = os.skill_uri
          where os.occupation_uri = any(${textArray(targets)})`,
    ),
  ]);
  const shared = new Map<string, Labelled[]>();
  const gap = new Map<string, Labelled[]>();
  for (const r of relations) {
    const into = have.has(r.uri) ? shared : r.relation === 'essential' ? gap : null;
    if (!into) continue;
    const list = into.get(r.occupation) ?? [];
    list.push(labelled(r, lang));
    into.set(r.occupation, list);
  }
  const trainings = await trainingsFor(db, targets, gap);
  const names = new Map(concepts.map((c) => [c.uri, c]));
  return {
    from: from ? labelled(from, lang) : null,
    skills: picked.map((s) => labelled(s, lang)).sort(byTitle),
    items: chosen.flatMap((c) => {
      const concept = names.get(c.uri);
      if (!concept) return [];
      const s = (shared.get(c.uri) ?? []).sort(byTitle);
      const g = (gap.get(c.uri) ?? []).sort(byTitle);
      return [
        {
          ...labelled(concept, lang),
          score: Math.round(Number(c.score) * 1000) / 1000,
          tags: tags.get(c.uri) ?? [],
          sharedSkills: s.slice(0, LISTED_SKILLS),
          sharedCount: s.length,
          gapSkills: g.slice(0, LISTED_SKILLS),
          gapCount: g.length,
          trainings: (trainings.get(c.uri) ?? []).map(({ row, covers }) => ({
            ...presentSummary(row, lang),
            coversGapSkills: covers,
          })),
        },
      ];
    }),
  };
}

/** Published trainings per target: linked to the target occupation, or teaching some of its gap skills. */
async function trainingsFor(db: DbOrTx, targets: string[], gap: Map<string, Labelled[]>) {
  const out = new Map<string, { row: SummaryRow; covers: number }[]>();
  if (targets.length === 0) return out;
  const gapSkills = [...new Set([...gap.values()].flat().map((s) => s.escoUri))];
  const found = await summaryRows(
    db,
    sql`o.kind = 'training' and (o.occupation_uris && ${textArray(targets)} or o.skill_uris && ${textArray(gapSkills)})`,
    { limit: 200 },
  );
  for (const target of targets) {
    const missing = new Set((gap.get(target) ?? []).map((s) => s.escoUri));
    const matches = found
      .map((row) => ({
        row,
        covers: row.skill_uris.filter((s) => missing.has(s)).length,
        linked: row.occupation_uris.includes(target),
      }))
      .filter((m) => m.linked || m.covers > 0)
      .sort((a, b) => b.covers - a.covers || Number(b.linked) - Number(a.linked) || a.row.id.localeCompare(b.row.id));
    out.set(
      target,
      matches.slice(0, TRAININGS_PER_TARGET).map(({ row, covers }) => ({ row, covers })),
    );
  }
  return out;
}
