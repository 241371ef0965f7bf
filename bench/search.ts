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
import { openDatabase } from '../src/server/db/client.js';
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
