import { ESSENTIAL_WEIGHT } from './similarity.js';
import type { SkillIndex } from './skill-index.js';

export type Ranked = { uri: string; score: number };

/**
 * Ranks occupations by similarity to the skills a person ticked, with the measure of the precomputed
 * transitions: the person is a vector with every ticked skill at the essential weight × idf, each
 * occupation its weight × idf vector (essential 1, optional 0.5), and the score is their cosine.
 * Skills no occupation needs, or that every occupation needs (idf 0), do not count.
 */
export function rankFromSkills(index: SkillIndex, skills: readonly string[]): Ranked[] {
  const acc = new Map<number, number>();
  let personNorm = 0;
  for (const skill of new Set(skills)) {
    const list = index.postings.get(skill);
    const w = ESSENTIAL_WEIGHT * (index.idf.get(skill) ?? 0);
    if (!list || w === 0) continue;
    personNorm += w * w;
    for (const p of list) acc.set(p.occ, (acc.get(p.occ) ?? 0) + w * p.w);
  }
  if (personNorm === 0) return [];
  const norm = Math.sqrt(personNorm);
  return [...acc]
    .map(([occ, dot]) => ({ uri: index.occupations[occ] ?? '', score: dot / (norm * (index.norms[occ] ?? 1)) }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.uri.localeCompare(b.uri));
}
