/**
 * `npm run bench:search`: relevance and latency of the catalogue search, on PostgreSQL.
 * 1. imports the ESCO set (ESCO_DIR or ../shared/data/esco) into a fresh database and prints the time;
 * 2. prints recall@10 / MRR per kind of query (test/fixtures/relevance/queries.json) for our search and
 *    two baselines measured in the same run: plain PostgreSQL full-text search and pg_trgm similarity;
 * 3. adds generated offers until the index holds 200,000 documents and prints search latency percentiles.
 * `--pglite` also times the import on a fresh embedded PGlite database.
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { type Db, openDatabase } from '../src/server/db/client.js';
import { migrate } from '../src/server/db/migrate.js';
import { importEsco } from '../src/server/modules/catalogue/index.js';
import { rows } from '../src/server/modules/catalogue/rows.js';
import { search } from '../src/server/modules/catalogue/search/search.service.js';
import { freshPostgres, root } from './lib.js';
import { evaluate, loadQueries, ours, plainFts, printScores, trigram } from './search-eval.js';
import { generateOffers } from './search-offers.js';

const escoDir = process.env.ESCO_DIR ?? path.resolve(root, '../shared/data/esco');
const TARGET_DOCS = 200_000;

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

async function main() {
  if (process.argv.includes('--pglite')) {
    const lite = await openDatabase({ kind: 'pglite' });
    await migrate(lite);
    const r = await importEsco(lite, escoDir);
    console.log(
      `ESCO import on PGlite: ${(r.durationMs / 1000).toFixed(1)} s (transitions ${(r.transitionsMs / 1000).toFixed(1)} s)`,
    );
    await lite.close();
  }
  const url = await freshPostgres('atrium_bench_search');
  if (!url) throw new Error('no PostgreSQL server (BENCH_ADMIN_DATABASE_URL)');
  const database = await openDatabase({ kind: 'postgres', url });
  try {
    await migrate(database);
    const imported = await importEsco(database, escoDir);
    console.log(
      `ESCO import on PostgreSQL: ${(imported.durationMs / 1000).toFixed(1)} s (transitions ${(imported.transitionsMs / 1000).toFixed(1)} s)`,
    );
    const queries = loadQueries(root);
    const kinds = queries.reduce<Record<string, number>>(
      (c, q) => Object.assign(c, { [q.kind]: (c[q.kind] ?? 0) + 1 }),
      {},
    );
    console.log(`\nrelevance set: ${queries.length} queries ${JSON.stringify(kinds)}; recall@10 / MRR`);
    console.log(`${'ranker'.padEnd(22)} ${'typo'.padEnd(16)} ${'cross'.padEnd(16)} ${'intent'.padEnd(16)} overall`);
    printScores('ours', await evaluate(database.db, queries, ours));
    printScores('plain PostgreSQL FTS', await evaluate(database.db, queries, plainFts));
    printScores('pg_trgm similarity', await evaluate(database.db, queries, trigram));

    await printNewcomerSearches(database.db);

    const [count] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from catalogue_search_docs`);
    const added = await generateOffers(database.db, TARGET_DOCS - (count?.n ?? 0));
    // the steady state of a live database: autovacuum has merged the GIN indexes' pending entries
    await database.db.execute(sql`vacuum analyze`);
    const [total] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from catalogue_search_docs`);
    const times: number[] = [];
    for (const round of [0, 1]) {
      for (const q of queries) {
        const t = performance.now();
        await search(database.db, { q: q.q, lang: q.lang, limit: 10 });
        if (round === 1) times.push(performance.now() - t);
      }
    }
    console.log(
      `\nlatency, all types, ${total?.n} documents (${added} generated offers), ${times.length} searches after a warm-up round:` +
        ` p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
    );
  } finally {
    await database.close();
  }
}

/** The issue's newcomer: where the occupation a person means lands for four searches, in each interface language. */
async function printNewcomerSearches(db: Db) {
  const meant: [string, string, string][] = [
    ['boulanger', 'baker', 'http://data.europa.eu/esco/occupation/1aadb308-432a-4d01-b54b-b4f7f76dd419'],
    ['kapper', 'hairdresser', 'http://data.europa.eu/esco/occupation/099c6bb0-22d3-4c5d-8bf5-70910af381ef'],
    [
      'software developer',
      'software developer',
      'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1',
    ],
    ['infirmiere', 'general-care nurse', 'http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50'],
  ];
  console.log('\nnewcomer searches: rank of the occupation meant (fr / nl / en interface)');
  for (const [q, name, uri] of meant) {
    const ranks: string[] = [];
    for (const lang of ['fr', 'nl', 'en'] as const) {
      const { items } = await search(db, { q, lang, type: 'occupation', limit: 10 });
      const at = items.findIndex((i) => i.escoUri === uri);
      ranks.push(at < 0 ? '>10' : String(at + 1));
    }
    console.log(`  ${`"${q}"`.padEnd(22)} ${name.padEnd(20)} ${ranks.join(' / ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
