export type Relation = { occupation: string; skill: string; essential: boolean };
export type Similar = { from: string; to: string; score: number; rank: number };

/** Weight of an essential skill relative to an optional one. */
export const ESSENTIAL_WEIGHT = 1;
export const OPTIONAL_WEIGHT = 0.5;

/**
 * All-pairs skill similarity: each occupation is a vector over skills with weight
 * (1 essential, 0.5 optional) × idf(skill) = ln(N / occupations needing it); similarity is the cosine of
 * two vectors, so shared rare essential skills count most and generic skills (e.g. a language) little.
 * Computed through an inverted index (skill → occupations), then the top N per occupation are kept.
 */
export function topSimilar(relations: Relation[], n: number): Similar[] {
  const occIndex = new Map<string, number>();
  const skillIndex = new Map<string, number>();
  const occNames: string[] = [];
  for (const r of relations) {
    if (!occIndex.has(r.occupation)) {
      occIndex.set(r.occupation, occNames.length);
      occNames.push(r.occupation);
    }
    if (!skillIndex.has(r.skill)) skillIndex.set(r.skill, skillIndex.size);
  }
  const postings: { occ: number; w: number }[][] = Array.from({ length: skillIndex.size }, () => []);
  for (const r of relations) {
    postings[skillIndex.get(r.skill) as number]?.push({
      occ: occIndex.get(r.occupation) as number,
      w: r.essential ? ESSENTIAL_WEIGHT : OPTIONAL_WEIGHT,
    });
  }
  const N = occNames.length;
  const vectors: { skill: number; w: number }[][] = Array.from({ length: N }, () => []);
  postings.forEach((list, skill) => {
    const idf = Math.log(N / list.length);
    for (const p of list) p.w *= idf;
    for (const p of list) vectors[p.occ]?.push({ skill, w: p.w });
  });
  const norms = vectors.map((v) => Math.sqrt(v.reduce((s, x) => s + x.w * x.w, 0)) || 1);
  const out: Similar[] = [];
  const acc = new Float64Array(N);
  for (let a = 0; a < N; a++) {
    acc.fill(0);
    for (const { skill, w } of vectors[a] ?? []) {
      for (const p of postings[skill] ?? []) if (p.occ !== a) acc[p.occ] = (acc[p.occ] ?? 0) + w * p.w;
    }
    const candidates: { occ: number; score: number }[] = [];
    for (let b = 0; b < N; b++) {
      const v = acc[b] ?? 0;
      if (v > 0) candidates.push({ occ: b, score: v / ((norms[a] ?? 1) * (norms[b] ?? 1)) });
    }
    candidates.sort((x, y) => y.score - x.score || x.occ - y.occ);
    candidates.slice(0, n).forEach((c, i) => {
      out.push({ from: occNames[a] as string, to: occNames[c.occ] as string, score: c.score, rank: i + 1 });
    });
  }
  return out;
}
