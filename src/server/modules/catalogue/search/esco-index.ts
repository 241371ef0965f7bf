import { sql } from 'drizzle-orm';
import { CATALOGUE_LANGS, type CatalogueLang } from '../../../../common/catalogue/languages.js';
import { normalizeText } from '../../../../common/catalogue/normalize.js';
import type { DbOrTx } from '../../../db/client.js';
import { perEscoImport } from '../esco/per-import-cache.js';
import { rows } from '../rows.js';
import { ESSENTIAL_WEIGHT, OPTIONAL_WEIGHT } from '../transitions/similarity.js';
import { buildTrigramIndex, type TrigramIndex } from './trigram.js';

/** A vocabulary: the stemmed words of one language's documents, or `simple` (every label, unstemmed). */
export type Vocabulary = CatalogueLang | 'simple';
export const VOCABULARIES: readonly Vocabulary[] = [...CATALOGUE_LANGS, 'simple'];

/**
 * How often a word occurs in each part of a document (tsvector weights), packed in one number:
 * bits 0–7 title (A), 8–15 other labels (B), 16–23 essential skills (C), 24–31 description and optional skills (D).
 */
export type Postings = { entity: Int32Array; counts: Uint32Array };
export const unpack = (c: number) => [c >>> 24, (c >>> 16) & 255, (c >>> 8) & 255, c & 255] as const;

/**
 * ESCO occupations and skills as an in-memory search index, built from the search documents that
 * `index-builder.ts` writes (their tsvectors carry each language's stemming and the field weights):
 * - `terms[vocabulary]`: word → the entities whose document in that language holds it, with the best field;
 * - `lexemes[lang]`: the sorted words, for prefix matches;
 * - `idf[vocabulary]`: ln(1 + occupations / occupations with the word);
 * - labels with a trigram index (typos, missing accents, titles in another language);
 * - the occupation–skill relations (essential 1, optional 0.5, × skill idf) to carry skill matches to occupations.
 */
export type EscoIndex = {
  kinds: ('occupation' | 'skill')[];
  refs: string[];
  titles: Map<string, { title: string; lang: CatalogueLang }>[];
  terms: Record<Vocabulary, Map<string, Postings>>;
  lexemes: Record<CatalogueLang, string[]>;
  idf: Record<Vocabulary, Map<string, number>>;
  maxIdf: number;
  labelEntity: Int32Array;
  labelPreferred: Uint8Array;
  trigram: TrigramIndex;
  /** skill entity → occupations that need it: occupation entity and weight (relation weight × skill idf). */
  skillOccupations: Map<number, { occ: number; w: number }[]>;
  docLength: Record<Vocabulary, Float32Array>;
  avgLength: Record<Vocabulary, number>;
  /** entity → norm of its skill vector (occupations only; 1 for others). */
  skillNorms: Float64Array;
  /** occupation entity → its skill vector (skill entities ascending, weights as in `skillOccupations`). */
  skillVectors: Map<number, { skills: Int32Array; w: Float32Array }>;
  /** occupation entity → its broader occupation in ESCO's hierarchy (code "5120.1.2" → "5120.1"), or -1. */
  broader: Int32Array;
  /** an item's title or one of its forms, normalised ("boulanger", "boulangere", "cook"), in any language → items. */
  titleForms: Map<string, Set<number>>;
};

export type DocRow = {
  kind: string;
  ref: string;
  lang: string;
  title: string;
  title_lang: string;
  tsv: string;
  simple_tsv: string;
};
export type LabelRow = { kind: string; ref: string; label: string; preferred: number };
export type RelationRow = { occupation: string; skill: string; essential: boolean };
/** An occupation's ESCO code: its ISCO unit group, then one number per level ("5120.1.2" is narrower than "5120.1"). */
export type CodeRow = { ref: string; code: string | null };

const TSV_TOKEN = /'((?:[^']|'')*)'(?::([0-9A-D,]+))?/g;

const SHIFT: Record<string, number> = { A: 0, B: 8, C: 16, D: 24 };

/** Parses a tsvector's text form into word → packed counts per part (see `Postings`), and the number of positions. */
export function parseTsvector(text: string): { words: Map<string, number>; length: number } {
  const words = new Map<string, number>();
  let length = 0;
  for (const m of text.matchAll(TSV_TOKEN)) {
    const word = (m[1] ?? '').replace(/''/g, "'");
    const counts = [0, 0, 0, 0];
    for (const p of (m[2] ?? 'A').split(',')) {
      const letter = /[A-C]$/.test(p) ? p.slice(-1) : p === '' || p === 'A' ? 'A' : 'D';
      const k = (SHIFT[letter] ?? 24) / 8;
      counts[k] = Math.min(255, (counts[k] ?? 0) + 1);
      length++;
    }
    words.set(
      word,
      ((counts[0] ?? 0) | ((counts[1] ?? 0) << 8) | ((counts[2] ?? 0) << 16) | ((counts[3] ?? 0) << 24)) >>> 0,
    );
  }
  return { words, length };
}

/** Dutch linking elements between the parts of a compound ("vrachtwag|en|chauffeur", "bedrijf|s|leider"). */
const LINKS = ['', 's', 'en', 'e'];
const MIN_MODIFIER = 4;
const MIN_HEAD = 4;

/**
 * The forms a modifier may have in the vocabulary: as written, or with a doubled vowel undoubled as the
 * Dutch stemmer does ("verkoop" → "verkop", "kantoor" → "kantor").
 */
function modifierForms(modifier: string): string[] {
  const m = /^(.*[^aeiou])([aeou])\2([^aeiou])$/.exec(modifier);
  return m ? [modifier, `${m[1]}${m[2]}${m[3]}`] : [modifier];
}

/**
 * The parts of a Dutch compound lexeme that are words of the vocabulary themselves (each of at least four
 * letters): "huisschilder" → ["huis", "schilder"], "vrachtwagenchauffeur" → ["vrachtwag", "chauffeur"] (the
 * stemmer's form of "vrachtwagen", then the linking "en"), "verkoopmedewerker" → ["verkop", "medewerker"],
 * "tuinbouwmedewerker" → ["tuinbouw", "medewerker", "tuin", "bouw"]. The shortest known modifier, so the
 * longest head, wins (Dutch compounds are head-final); then each part is split again.
 * A word that is no compound gives [].
 */
export function compoundParts(word: string, known: (w: string) => boolean, depth = 0): string[] {
  if (depth > 3 || word.length < MIN_MODIFIER + MIN_HEAD) return [];
  for (let i = MIN_MODIFIER; i <= word.length - MIN_HEAD; i++) {
    const modifier = modifierForms(word.slice(0, i)).find(known);
    if (modifier === undefined) continue;
    for (const link of LINKS) {
      if (!word.startsWith(link, i)) continue;
      const head = word.slice(i + link.length);
      if (head.length < MIN_HEAD || !known(head)) continue;
      return [modifier, head, ...compoundParts(modifier, known, depth + 1), ...compoundParts(head, known, depth + 1)];
    }
  }
  return [];
}

/**
 * Dutch compounds (index time): every Dutch document holding a compound also holds its parts, with the
 * compound's counts ("winkelmedewerker" in a title puts "winkel" and "medewerker" in that title), so "verkopen
 * in een winkel" reaches the shop assistant and "vrachtwagen rijden" the "vrachtwagenchauffeur". Parts must be
 * words of the vocabulary found in at least `minDocs` documents on their own (rare fragments are more often
 * accidents than words). French and English write their compounds apart, so only Dutch is split.
 */
function addCompoundParts(list: Map<string, { e: number[]; w: number[] }>, minDocs = 2) {
  const known = (w: string) => (list.get(w)?.e.length ?? 0) >= minDocs;
  const added = new Map<string, Map<number, number>>();
  for (const [word, postings] of list) {
    const parts = new Set(compoundParts(word, known));
    for (const part of parts) {
      let m = added.get(part);
      if (!m) {
        m = new Map();
        added.set(part, m);
      }
      for (let i = 0; i < postings.e.length; i++) {
        const e = postings.e[i] ?? 0;
        m.set(e, addCounts(m.get(e) ?? 0, postings.w[i] ?? 0));
      }
    }
  }
  for (const [part, m] of added) {
    const postings = list.get(part);
    if (!postings) continue;
    const at = new Map(postings.e.map((e, i) => [e, i]));
    for (const [e, w] of m) {
      const i = at.get(e);
      if (i === undefined) {
        postings.e.push(e);
        postings.w.push(w);
      } else postings.w[i] = addCounts(postings.w[i] ?? 0, w);
    }
  }
}

/** Sum of two packed counts, part by part (each capped at 255). */
function addCounts(a: number, b: number): number {
  let out = 0;
  for (let shift = 0; shift < 32; shift += 8)
    out |= Math.min(255, ((a >>> shift) & 255) + ((b >>> shift) & 255)) << shift;
  return out >>> 0;
}

export function buildEscoIndex(
  docs: readonly DocRow[],
  labels: readonly LabelRow[],
  relations: readonly RelationRow[],
  codes: readonly CodeRow[] = [],
) {
  const kinds: EscoIndex['kinds'] = [];
  const refs: string[] = [];
  const titles: EscoIndex['titles'] = [];
  const entityOf = new Map<string, number>();
  const entity = (kind: string, ref: string) => {
    const key = `${kind} ${ref}`;
    let e = entityOf.get(key);
    if (e === undefined) {
      e = refs.length;
      entityOf.set(key, e);
      kinds.push(kind === 'skill' ? 'skill' : 'occupation');
      refs.push(ref);
      titles.push(new Map());
    }
    return e;
  };
  const lists = Object.fromEntries(
    VOCABULARIES.map((v) => [v, new Map<string, { e: number[]; w: number[] }>()]),
  ) as Record<Vocabulary, Map<string, { e: number[]; w: number[] }>>;
  const lengths = Object.fromEntries(VOCABULARIES.map((v) => [v, new Map<number, number>()])) as Record<
    Vocabulary,
    Map<number, number>
  >;
  const add = (v: Vocabulary, parsed: { words: Map<string, number>; length: number }, e: number) => {
    lengths[v].set(e, parsed.length);
    for (const [word, w] of parsed.words) {
      let list = lists[v].get(word);
      if (!list) {
        list = { e: [], w: [] };
        lists[v].set(word, list);
      }
      list.e.push(e);
      list.w.push(w);
    }
  };
  const simpleDone = new Set<number>();
  for (const d of docs) {
    const e = entity(d.kind, d.ref);
    const lang = d.lang as CatalogueLang;
    titles[e]?.set(lang, { title: d.title, lang: d.title_lang as CatalogueLang });
    add(lang, parseTsvector(d.tsv), e);
    if (!simpleDone.has(e)) {
      simpleDone.add(e);
      add('simple', parseTsvector(d.simple_tsv), e);
    }
  }
  addCompoundParts(lists.nl);
  const occupations = kinds.filter((k) => k === 'occupation').length || 1;
  const docLength = {} as EscoIndex['docLength'];
  const avgLength = {} as EscoIndex['avgLength'];
  for (const v of VOCABULARIES) {
    docLength[v] = new Float32Array(refs.length);
    let sum = 0;
    for (const [e, n] of lengths[v]) {
      docLength[v][e] = n;
      sum += n;
    }
    avgLength[v] = sum / Math.max(1, lengths[v].size);
  }
  const terms = {} as EscoIndex['terms'];
  const idf = {} as EscoIndex['idf'];
  for (const v of VOCABULARIES) {
    terms[v] = new Map();
    idf[v] = new Map();
    for (const [word, list] of lists[v]) {
      terms[v].set(word, { entity: Int32Array.from(list.e), counts: Uint32Array.from(list.w) });
      const df = list.e.filter((e) => kinds[e] === 'occupation').length;
      idf[v].set(word, Math.log(1 + occupations / Math.max(1, df)));
    }
  }
  const lexemes = Object.fromEntries(CATALOGUE_LANGS.map((l) => [l, [...terms[l].keys()].sort()])) as Record<
    CatalogueLang,
    string[]
  >;
  const labelEntity = new Int32Array(labels.length);
  const labelPreferred = new Uint8Array(labels.length);
  labels.forEach((l, i) => {
    labelEntity[i] = entity(l.kind, l.ref);
    labelPreferred[i] = l.preferred;
  });
  const trigram = buildTrigramIndex(labels.map((l) => l.label));
  const bySkill = new Map<number, { occ: number; essential: boolean }[]>();
  for (const r of relations) {
    const s = entity('skill', r.skill);
    const o = entity('occupation', r.occupation);
    const list = bySkill.get(s) ?? [];
    list.push({ occ: o, essential: r.essential });
    bySkill.set(s, list);
  }
  const skillOccupations: EscoIndex['skillOccupations'] = new Map();
  for (const [s, list] of bySkill) {
    const skillIdf = Math.log(occupations / list.length);
    if (skillIdf <= 0) continue;
    skillOccupations.set(
      s,
      list.map((x) => ({ occ: x.occ, w: (x.essential ? ESSENTIAL_WEIGHT : OPTIONAL_WEIGHT) * skillIdf })),
    );
  }
  const skillNorms = new Float64Array(refs.length).fill(0);
  for (const list of skillOccupations.values())
    for (const x of list) skillNorms[x.occ] = (skillNorms[x.occ] ?? 0) + x.w * x.w;
  for (let i = 0; i < skillNorms.length; i++) skillNorms[i] = Math.sqrt(skillNorms[i] ?? 0) || 1;
  const byOccupation = new Map<number, { s: number; w: number }[]>();
  for (const [s, list] of skillOccupations)
    for (const x of list) {
      const v = byOccupation.get(x.occ) ?? [];
      v.push({ s, w: x.w });
      byOccupation.set(x.occ, v);
    }
  const skillVectors: EscoIndex['skillVectors'] = new Map();
  for (const [o, v] of byOccupation) {
    v.sort((a, b) => a.s - b.s);
    skillVectors.set(o, { skills: Int32Array.from(v, (x) => x.s), w: Float32Array.from(v, (x) => x.w) });
  }
  const broader = new Int32Array(refs.length).fill(-1);
  const byCode = new Map<string, number>();
  for (const c of codes) {
    const e = entityOf.get(`occupation ${c.ref}`);
    if (c.code && e !== undefined) byCode.set(c.code, e);
  }
  for (const [code, e] of byCode) {
    const parent = byCode.get(code.slice(0, code.lastIndexOf('.')));
    if (code.split('.').length > 2 && parent !== undefined) broader[e] = parent;
  }
  const titleForms: EscoIndex['titleForms'] = new Map();
  titles.forEach((byLang, e) => {
    for (const { title } of byLang.values())
      for (const form of title.split('/')) {
        const key = normalizeText(form);
        if (key === '') continue;
        const items = titleForms.get(key) ?? new Set<number>();
        items.add(e);
        titleForms.set(key, items);
      }
  });
  return {
    docLength,
    avgLength,
    skillNorms,
    broader,
    titleForms,
    skillVectors,
    kinds,
    refs,
    titles,
    terms,
    lexemes,
    idf,
    maxIdf: Math.log(1 + occupations),
    labelEntity,
    labelPreferred,
    trigram,
    skillOccupations,
  } satisfies EscoIndex;
}

async function load(db: DbOrTx): Promise<EscoIndex> {
  const [docs, labels, relations, codes] = await Promise.all([
    rows<DocRow>(
      db,
      sql`select kind, ref, lang, title, title_lang, tsv::text as tsv, simple_tsv::text as simple_tsv
        from catalogue_search_docs where kind in ('occupation', 'skill') order by kind, ref, lang`,
    ),
    rows<LabelRow>(
      db,
      sql`select kind, ref, label, preferred from catalogue_search_labels where kind in ('occupation', 'skill')`,
    ),
    rows<RelationRow>(
      db,
      sql`select occupation_uri as occupation, skill_uri as skill, relation = 'essential' as essential
        from catalogue_occupation_skills`,
    ),
    rows<CodeRow>(db, sql`select uri as ref, code from catalogue_occupations`),
  ]);
  return buildEscoIndex(docs, labels, relations, codes);
}

/** The index of this database, rebuilt when an ESCO import has been recorded since it was made. */
export const escoIndex: (db: DbOrTx) => Promise<EscoIndex> = perEscoImport(load);
