import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { perEscoImport } from '../esco/per-import-cache.js';
import { rows } from '../rows.js';
import { ESSENTIAL_WEIGHT, OPTIONAL_WEIGHT, type Relation } from './similarity.js';

/**
 * The occupation skill vectors of `similarity.ts` (weight × idf, idf = ln(N / occupations needing the
 * skill)) with their norms, kept in memory per database and rebuilt after each ESCO import.
 */
export type SkillIndex = {
  occupations: string[];
  /** skill URI → occupations with that skill and their weight × idf. */
  postings: Map<string, { occ: number; w: number }[]>;
  /** skill URI → idf. */
  idf: Map<string, number>;
  norms: Float64Array;
};

/** Builds the index from occupation–skill relations (the same input as `topSimilar`). */
export function buildSkillIndex(relations: readonly Relation[]): SkillIndex {
  const occIndex = new Map<string, number>();
  const occupations: string[] = [];
  const postings = new Map<string, { occ: number; w: number }[]>();
  for (const r of relations) {
    let occ = occIndex.get(r.occupation);
    if (occ === undefined) {
      occ = occupations.length;
      occIndex.set(r.occupation, occ);
      occupations.push(r.occupation);
    }
    const list = postings.get(r.skill) ?? [];
    list.push({ occ, w: r.essential ? ESSENTIAL_WEIGHT : OPTIONAL_WEIGHT });
    postings.set(r.skill, list);
  }
  const idf = new Map<string, number>();
  const norms = new Float64Array(occupations.length);
  for (const [skill, list] of postings) {
    const value = Math.log(occupations.length / list.length);
    idf.set(skill, value);
    for (const p of list) {
      p.w *= value;
      norms[p.occ] = (norms[p.occ] ?? 0) + p.w * p.w;
    }
  }
  for (let i = 0; i < norms.length; i++) norms[i] = Math.sqrt(norms[i] ?? 0) || 1;
  return { occupations, postings, idf, norms };
}

async function load(db: DbOrTx): Promise<SkillIndex> {
  const result = await rows<{ o: string; s: string; r: string }>(
    db,
    sql`select occupation_uri as o, skill_uri as s, relation as r from catalogue_occupation_skills`,
  );
  return buildSkillIndex(result.map((x) => ({ occupation: x.o, skill: x.s, essential: x.r === 'essential' })));
}

/** The index of this database, rebuilt when an ESCO import has run since it was made. */
export const skillIndex: (db: DbOrTx) => Promise<SkillIndex> = perEscoImport(load);
