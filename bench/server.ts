/**
 * A server under benchmark, run as a child process so the load generator does not share its event
 * loop. Modes: `bare` (a minimal Fastify route, the baseline), `pglite`, `postgres` (Atrium with the
 * demo centre). Prints `READY <port>` once listening.
 */
import Fastify from 'fastify';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/client.js';
import { migrate } from '../src/server/db/migrate.js';
import { seedDemo } from '../src/server/seed/demo.js';

const mode = process.argv[2];

async function main() {
  if (mode === 'bare') {
    const app = Fastify({ logger: false });
    app.get('/bare', async () => ({ status: 'ok' }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`);
    return;
  }
  const url = process.env.BENCH_DATABASE_URL;
  const database =
    mode === 'postgres' && url
      ? await openDatabase({ kind: 'postgres', url, poolSize: 10 })
      : await openDatabase({ kind: 'pglite' });
  await migrate(database);
  await seedDemo(database.db);
  const config = loadConfig({ NODE_ENV: 'production', PORT: '0', DATA_DIR: '/tmp/atrium-bench', LOG_LEVEL: 'silent' });
  const { app } = await buildApp({ config, database, logger: false, rateLimit: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
