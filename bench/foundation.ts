/**
 * `npm run bench`: the foundation's HTTP overhead. From one run: a bare Fastify route (baseline),
 * /healthz and an authenticated read, on PGlite and on PostgreSQL, as requests/s, p50/p99 and the
 * ratio of throughput to the bare route measured in the same run. `--json` adds one JSON line.
 */
import { freshPostgres, type LoadResult, load, printTable, serve, signIn } from './lib.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = 20;
const json = process.argv.includes('--json');

async function measureAtrium(mode: 'pglite' | 'postgres', env: Record<string, string>) {
  const server = await serve(mode, env);
  const base = `http://127.0.0.1:${server.port}`;
  try {
    const cookie = await signIn(base, 'manager@demo.atrium.example', 'atrium-demo-2026');
    await load(`${base}/healthz`, { seconds: 1, connections }); // warm-up
    const health = await load(`${base}/healthz`, { seconds, connections });
    const read = await load(`${base}/api/sites/brussels/desks`, { seconds, connections, headers: { cookie } });
    return { health, read };
  } finally {
    await server.stop();
  }
}

async function main() {
  const bare = await serve('bare');
  let baseline: LoadResult;
  try {
    await load(`http://127.0.0.1:${bare.port}/bare`, { seconds: 1, connections });
    baseline = await load(`http://127.0.0.1:${bare.port}/bare`, { seconds, connections });
  } finally {
    await bare.stop();
  }
  const rows = [{ name: 'bare Fastify route', r: baseline, ratio: 1 }];
  const results: Record<string, unknown> = { bare: baseline };

  const pglite = await measureAtrium('pglite', {});
  rows.push({
    name: 'PGlite  /healthz',
    r: pglite.health,
    ratio: pglite.health.requestsPerSecond / baseline.requestsPerSecond,
  });
  rows.push({
    name: 'PGlite  authenticated read',
    r: pglite.read,
    ratio: pglite.read.requestsPerSecond / baseline.requestsPerSecond,
  });
  results.pglite = pglite;

  const url = await freshPostgres('atrium_bench');
  if (url) {
    const postgres = await measureAtrium('postgres', { BENCH_DATABASE_URL: url });
    rows.push({
      name: 'PostgreSQL /healthz',
      r: postgres.health,
      ratio: postgres.health.requestsPerSecond / baseline.requestsPerSecond,
    });
    rows.push({
      name: 'PostgreSQL authenticated read',
      r: postgres.read,
      ratio: postgres.read.requestsPerSecond / baseline.requestsPerSecond,
    });
    results.postgres = postgres;
  } else {
    console.log('PostgreSQL is not reachable (BENCH_ADMIN_DATABASE_URL); its rows are missing from this run.');
  }
  printTable(`Foundation HTTP — ${connections} connections, ${seconds} s per scenario, same run`, rows);
  console.log(
    'authenticated read = GET /api/sites/brussels/desks with a manager session (session lookup + roles + query)',
  );
  if (json) console.log(JSON.stringify(results));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
