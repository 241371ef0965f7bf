import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { TS_CONFIG } from '../src/common/catalogue/languages.js';
import { normalizeText } from '../src/common/catalogue/normalize.js';
import type { Db } from '../src/server/db/client.js';
import { rows } from '../src/server/modules/catalogue/rows.js';
import { search } from '../src/server/modules/catalogue/search/search.service.js';

export type Query = { kind: 'typo' | 'cross' | 'intent'; q: string; lang: 'fr' | 'nl' | 'en'; expect: string[] };
export const loadQueries = (root: string): Query[] =>
  JSON.parse(readFileSync(path.join(root, 'test/fixtures/relevance/queries.json'), 'utf8')) as Query[];

export type Ranker = (db: Db, q: Query) => Promise<string[]>;

export const ours: Ranker = async (db, q) =>
  (await search(db, { q: q.q, lang: q.lang, type: 'occupation', limit: 10 })).items.map((i) => i.escoUri ?? '');

/** Plain PostgreSQL full-text search: the interface language's configuration over the same documents. */
export const plainFts: Ranker = async (db, q) => {
  const cfg = TS_CONFIG[q.lang];
  const r = await rows<{ ref: string }>(
    db,
    sql`
    select ref from catalogue_search_docs
    where kind = 'occupation' and lang = ${q.lang} and tsv @@ plainto_tsquery(${cfg}::regconfig, ${q.q})
    order by ts_rank(tsv, plainto_tsquery(${cfg}::regconfig, ${q.q})) desc, ref limit 10`,
  );
  return r.map((x) => x.ref);
};

/** pg_trgm word similarity of the query against all ESCO labels of an occupation in all languages. */
export const trigram: Ranker = async (db, q) => {
  const qn = normalizeText(q.q);
  const r = await rows<{ ref: string }>(
    db,
    sql`
    select ref from catalogue_search_docs
    where kind = 'occupation' and lang = 'en' and ${qn} <% labels_norm
    order by word_similarity(${qn}, labels_norm) desc, ref limit 10`,
  );
  return r.map((x) => x.ref);
};

export type Scores = Record<string, { n: number; recall: number; mrr: number }>;

/** recall@10 (a query counts when any right occupation is in the first 10) and MRR, per kind and overall. */
export async function evaluate(db: Db, queries: Query[], ranker: Ranker, misses?: string[]): Promise<Scores> {
  const acc: Record<string, { n: number; hit: number; rr: number }> = {};
  for (const q of queries) {
    const got = await ranker(db, q);
    const pos = got.findIndex((u) => q.expect.includes(u));
    if (pos < 0) misses?.push(`${q.kind} ${q.lang} "${q.q}"`);
    for (const k of [q.kind, 'overall']) {
      const a = acc[k] ?? { n: 0, hit: 0, rr: 0 };
      acc[k] = a;
      a.n++;
      if (pos >= 0) {
        a.hit++;
        a.rr += 1 / (pos + 1);
      }
    }
  }
  return Object.fromEntries(Object.entries(acc).map(([k, a]) => [k, { n: a.n, recall: a.hit / a.n, mrr: a.rr / a.n }]));
}

export function printScores(name: string, s: Scores) {
  const cell = (k: string) => {
    const v = s[k];
    return v ? `${v.recall.toFixed(3)} / ${v.mrr.toFixed(3)}` : '-';
  };
  console.log(
    `${name.padEnd(22)} ${cell('typo').padEnd(16)} ${cell('cross').padEnd(16)} ${cell('intent').padEnd(16)} ${cell('overall')}`,
  );
}
