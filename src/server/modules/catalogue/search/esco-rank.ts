import { CATALOGUE_LANGS, type CatalogueLang } from '../../../../common/catalogue/languages.js';
import { type EscoIndex, unpack, type Vocabulary } from './esco-index.js';
import { similarLabels } from './trigram.js';

/** A word of the query with its everyday-to-ESCO expansions, and each term's stem per language. */
export type QueryGroup = { terms: { word: string; stems: Partial<Record<CatalogueLang, string>> }[] };

export type EscoQuery = {
  /** the whole query, normalised (for trigram similarity). */
  text: string;
  groups: QueryGroup[];
  lang: CatalogueLang;
  kind: 'occupation' | 'skill' | null;
};

/**
 * A ranked item with the parts of its own score (trigram, text, carried from skills); a broader occupation's
 * score may also hold what its narrower occupations lend it (`RANK.broader`).
 */
export type EscoHit = { entity: number; score: number; parts: [number, number, number] };

/** Weights of the ranking (documented in the module README). */
export const RANK = {
  /** weight of an occurrence in the title, the other labels, the essential skills, the description and optional skills. */
  field: [1, 0.6, 0.6, 0.6] as number[],
  /**
   * occurrences in the other labels count up to this many: a word in 40 alternative labels ("verkoopleider
   * kleding", "verkoopleider schoenen", …) says no more than in two, so long label lists no longer win.
   */
  labelCap: 2,
  /** BM25 saturation and length normalisation of the weighted count. */
  k1: 0.6,
  b: 0,
  /** the text score is the idf-weighted share of the query found, to this power. */
  power: 1,
  /** … times (this + the unweighted share of the query's words found). */
  coverageMix: 1,
  /** pg_trgm threshold for a label to count at all, and the similarity from which it counts in full. */
  trigramThreshold: 0.3,
  trigramFull: 0.5,
  trigramWeight: 1.6,
  /** below `trigramFull`, a label's similarity counts this much. */
  trigramPartial: 0.3,
  /** a document in another language than the interface counts this much. */
  otherLanguage: 0.6,
  /** an unstemmed match through the all-language labels counts this much. */
  simpleMatch: 0.9,
  /** prefix matches (interface language, words of 4+ letters) count this much. */
  prefixMatch: 0.9,
  /** prefix matches for every word (else only the last one, the word being typed). */
  prefixAll: false,
  /** skills matching at least this share of the query carry their match to the occupations that need them. */
  skillMinCoverage: 0.5,
  skillWeight: 0.6,
  occupationBonus: 0.05,
  /** the whole query is one of the item's labels (accents and case aside): a person typed its name … */
  exactLabel: 1,
  /** … and more when it is the title itself in some language, or one of its forms ("boulanger" of "boulanger/boulangère"). */
  exactTitle: 1,
  /**
   * an occupation's title (or one of its forms) is a phrase of a longer query, "cook" in "cook meals in a
   * restaurant": the person named the occupation while saying what they want to do.
   */
  namedInQuery: 1,
  /**
   * ESCO's hierarchy: a broader occupation ("cook", code 5120.1) scores at least this share of the text and skill
   * score of its best-matching narrower occupation ("fish cook", 5120.1.2), since what the narrower does, the
   * broader does too; the narrower's name matches (labels, typed names) stay its own.
   */
  broader: 0.8,
  /**
   * A family named by the query: the occupations whose title holds every query word (the nurses for
   * "infirmière"), scoring at least `familyShare` of the best of them, when there are `familyMin` to `familyMax`
   * (more is a topic, "animal …", not a family). Its general occupation — the medoid of their skill vectors, the one
   * most similar to the others — leads it, unless the query is one of the items' names (`exactLabel`).
   */
  familyMin: 3,
  familyShare: 0.5,
  familyMax: 12,
};

/** Occupations whose title (or one of its forms) is a phrase of the query shorter than the whole query. */
function namedIn(index: EscoIndex, text: string): Set<number> {
  const words = text.split(' ').filter((w) => w !== '');
  const out = new Set<number>();
  for (let from = 0; from < words.length; from++)
    for (let to = from + 1; to <= words.length; to++) {
      if (to - from === words.length) continue;
      for (const e of index.titleForms.get(words.slice(from, to).join(' ')) ?? [])
        if (index.kinds[e] === 'occupation') out.add(e);
    }
  return out;
}

/** Lexemes of `lang` starting with `stem` (sorted array, binary search). */
function withPrefix(sorted: readonly string[], stem: string, max = 200): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? '') < stem) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && out.length < max; i++) {
    const w = sorted[i] ?? '';
    if (!w.startsWith(stem)) break;
    out.push(w);
  }
  return out;
}

/**
 * Per vocabulary, the best match of every entity for every query group (0..1 field weight × match kind),
 * and each group's idf in that vocabulary.
 */
function matchGroups(index: EscoIndex, q: EscoQuery) {
  const G = q.groups.length;
  const match = new Map<Vocabulary, Map<number, Float32Array>>();
  /** entity → the query groups found in one of its titles (bit per group). */
  const titled = new Map<number, number>();
  const groupIdf = new Map<Vocabulary, Float64Array>();
  for (const v of [...CATALOGUE_LANGS, 'simple'] as Vocabulary[]) {
    const perEntity = new Map<number, Float32Array>();
    const idfs = new Float64Array(G);
    q.groups.forEach((g, gi) => {
      const lookups = new Map<string, number>();
      for (const t of g.terms) {
        const stem = v === 'simple' ? t.word : t.stems[v];
        if (!stem) continue;
        lookups.set(stem, 1);
        idfs[gi] = Math.max(idfs[gi] ?? 0, index.idf[v].get(stem) ?? 0);
        if (v === q.lang && t.word.length >= 4 && (RANK.prefixAll || gi === G - 1))
          for (const w of withPrefix(index.lexemes[v], stem))
            if (!lookups.has(w)) {
              lookups.set(w, RANK.prefixMatch);
              idfs[gi] = Math.max(
                idfs[gi] ?? 0,
                Math.min(index.idf[v].get(stem) ?? Infinity, index.idf[v].get(w) ?? 0),
              );
            }
      }
      for (const [word, factor] of lookups) {
        const p = index.terms[v].get(word);
        if (!p) continue;
        for (let i = 0; i < p.entity.length; i++) {
          const e = p.entity[i] ?? 0;
          let m = perEntity.get(e);
          if (!m) {
            m = new Float32Array(G);
            perEntity.set(e, m);
          }
          const c = unpack(p.counts[i] ?? 0);
          const tf =
            (RANK.field[0] ?? 0) * c[3] +
            (RANK.field[1] ?? 0) * Math.min(c[2], RANK.labelCap) +
            (RANK.field[2] ?? 0) * c[1] +
            (RANK.field[3] ?? 0) * c[0];
          const K = RANK.k1 * (1 - RANK.b + (RANK.b * (index.docLength[v][e] ?? 0)) / (index.avgLength[v] || 1));
          const w = (tf / (tf + K)) * factor;
          if (c[3] > 0 && factor === 1) titled.set(e, (titled.get(e) ?? 0) | (1 << gi));
          if (w > (m[gi] ?? 0)) m[gi] = w;
        }
      }
    });
    match.set(v, perEntity);
    groupIdf.set(v, idfs);
  }
  return { match, groupIdf, titled };
}

/**
 * Text score of every matched entity: for each language document, the share of query words found
 * (each at its field weight) squared, times (½ + the idf-weighted share), the interface language's
 * document counting in full and the others at `otherLanguage`; the best language wins.
 */
function textScores(index: EscoIndex, q: EscoQuery) {
  const G = q.groups.length;
  const { match, groupIdf, titled } = matchGroups(index, q);
  const simple = match.get('simple') ?? new Map<number, Float32Array>();
  const simpleIdf = groupIdf.get('simple') ?? new Float64Array(G);
  const entities = new Set<number>(simple.keys());
  for (const l of CATALOGUE_LANGS) for (const e of match.get(l)?.keys() ?? []) entities.add(e);
  const text = new Map<number, number>();
  const coverage = new Map<number, number>();
  for (const e of entities) {
    const s = simple.get(e);
    let best = 0;
    let bestCov = 0;
    for (const l of CATALOGUE_LANGS) {
      const m = match.get(l)?.get(e);
      if (!m && !s) continue;
      if (!index.titles[e]?.has(l)) continue;
      const idf = groupIdf.get(l) ?? new Float64Array(G);
      let cov = 0;
      let weighted = 0;
      let idfSum = 0;
      for (let g = 0; g < G; g++) {
        const viaLang = m?.[g] ?? 0;
        const viaSimple = (s?.[g] ?? 0) * RANK.simpleMatch;
        const v = Math.max(viaLang, viaSimple);
        const gi = Math.max(viaLang >= viaSimple ? (idf[g] ?? 0) : (simpleIdf[g] ?? 0), 0.1);
        cov += v;
        weighted += v * gi;
        idfSum += Math.max(idf[g] ?? 0, simpleIdf[g] ?? 0, 0.1);
      }
      cov /= G;
      const share = weighted / Math.max(idfSum, 1e-9);
      const score = (l === q.lang ? 1 : RANK.otherLanguage) * share ** RANK.power * (RANK.coverageMix + cov);
      if (score > best) best = score;
      if (share > bestCov) bestCov = share;
    }
    if (best > 0) {
      text.set(e, best);
      coverage.set(e, bestCov);
    }
  }
  return { text, coverage, titled };
}

/** Ranks ESCO occupations and skills for a query: trigram label similarity + text + skills carried to occupations. */
export function rankEsco(index: EscoIndex, q: EscoQuery): EscoHit[] {
  const trigram = new Map<number, number>();
  const exact = new Set<number>();
  if (q.text !== '')
    for (const [label, sim] of similarLabels(index.trigram, q.text, RANK.trigramThreshold)) {
      const e = index.labelEntity[label] ?? 0;
      // Whether a label counts in full depends on its similarity alone; being the preferred label adds 0.1
      // after that (it used to lift a preferred label from 0.4 over the 0.5 step, worth three times as much).
      const t = (sim + 0.1 * (index.labelPreferred[label] ?? 0)) * (sim >= RANK.trigramFull ? 1 : RANK.trigramPartial);
      if (t > (trigram.get(e) ?? 0)) trigram.set(e, t);
      if (sim >= 0.999) exact.add(e);
    }
  const { text, coverage, titled } =
    q.groups.length > 0
      ? textScores(index, q)
      : { text: new Map<number, number>(), coverage: new Map<number, number>(), titled: new Map<number, number>() };
  // Skills matching most of the query carry their match to the occupations that need them: the cosine
  // of the matched skills (each weighted by its squared idf-weighted match) with the occupation's skill
  // vector (essential 1, optional 0.5, × skill idf; the measure of the career transitions).
  const carried = new Map<number, number>();
  if (q.kind !== 'skill') {
    for (const [e, cov] of coverage) {
      if (index.kinds[e] !== 'skill' || cov < RANK.skillMinCoverage) continue;
      const qw = cov * cov;
      for (const { occ, w } of index.skillOccupations.get(e) ?? []) carried.set(occ, (carried.get(occ) ?? 0) + qw * w);
    }
    for (const [o, v] of carried) carried.set(o, v / (index.skillNorms[o] ?? 1));
  }
  const named = namedIn(index, q.text);
  const out: EscoHit[] = [];
  const all = new Set<number>([...trigram.keys(), ...text.keys(), ...carried.keys(), ...named]);
  const narrowerBest = new Map<number, number>();
  for (const e of all) {
    const kind = index.kinds[e];
    if (q.kind && kind !== q.kind) continue;
    if ((index.titles[e]?.size ?? 0) === 0) continue;
    const t = trigram.get(e) ?? 0;
    const parts: EscoHit['parts'] = [
      RANK.trigramWeight * t,
      text.get(e) ?? 0,
      RANK.skillWeight * (carried.get(e) ?? 0),
    ];
    const score =
      parts[0] +
      parts[1] +
      parts[2] +
      (kind === 'occupation' ? RANK.occupationBonus : 0) +
      (exact.has(e) ? RANK.exactLabel + (index.titleForms.get(q.text)?.has(e) ? RANK.exactTitle : 0) : 0) +
      (named.has(e) ? RANK.namedInQuery : 0);
    out.push({ entity: e, score, parts });
    const parent = index.broader[e] ?? -1;
    if (parent >= 0 && RANK.broader > 0)
      narrowerBest.set(parent, Math.max(narrowerBest.get(parent) ?? 0, parts[1] + parts[2]));
  }
  // A broader occupation's text and skill score is at least `broader` × its best narrower occupation's.
  if (narrowerBest.size > 0) {
    const byEntity = new Map(out.map((h) => [h.entity, h]));
    for (const [p, best] of narrowerBest) {
      const lifted = RANK.broader * best;
      const h = byEntity.get(p);
      if (h) h.score += Math.max(0, lifted - h.parts[1] - h.parts[2]);
      else if ((index.titles[p]?.size ?? 0) > 0)
        out.push({ entity: p, score: lifted + RANK.occupationBonus, parts: [0, 0, 0] });
    }
  }
  const order = (a: EscoHit, b: EscoHit) =>
    b.score - a.score || ((index.refs[a.entity] ?? '') < (index.refs[b.entity] ?? '') ? -1 : 1);
  out.sort(order);
  // RANK.family*: the general occupation of a family named by the query leads it.
  if (exact.size === 0 && q.kind !== 'skill' && q.groups.length > 0) {
    const all = (1 << q.groups.length) - 1;
    const named = out.filter((h) => index.kinds[h.entity] === 'occupation' && titled.get(h.entity) === all);
    const family = named.filter((h) => h.score >= RANK.familyShare * (named[0]?.score ?? 0));
    const medoid = generalOf(index, family);
    if (medoid && family[0] && medoid !== family[0]) {
      medoid.score = family[0].score + 0.001;
      out.sort(order);
    }
  }
  return out;
}

/** Cosine of two occupations' skill vectors (the career transitions' measure). */
export function skillCosine(index: EscoIndex, a: number, b: number): number {
  const va = index.skillVectors.get(a);
  const vb = index.skillVectors.get(b);
  if (!va || !vb) return 0;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < va.skills.length && j < vb.skills.length) {
    const sa = va.skills[i] ?? 0;
    const sb = vb.skills[j] ?? 0;
    if (sa === sb) {
      dot += (va.w[i] ?? 0) * (vb.w[j] ?? 0);
      i++;
      j++;
    } else if (sa < sb) i++;
    else j++;
  }
  return dot / ((index.skillNorms[a] ?? 1) * (index.skillNorms[b] ?? 1));
}

/**
 * The family's general occupation: the one whose skill vector is most like the others' (the medoid; the
 * general-care nurse shares skills with the specialist and advanced nurses, the veterinary nurse with none), or
 * none when the family is too small or too large to be one.
 */
function generalOf(index: EscoIndex, family: EscoHit[]): EscoHit | undefined {
  if (family.length < RANK.familyMin || family.length > RANK.familyMax) return undefined;
  let best: EscoHit | undefined;
  let bestSum = 0;
  for (const a of family) {
    let sum = 0;
    for (const b of family) if (a !== b) sum += skillCosine(index, a.entity, b.entity);
    if (sum > bestSum) {
      best = a;
      bestSum = sum;
    }
  }
  return best;
}
