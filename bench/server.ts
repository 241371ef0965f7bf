/**
 * A server under benchmark, run as a child process so the load generator does not share its event
 * loop. Modes: `bare` (a minimal Fastify route, the baseline; GET and a JSON POST), `pglite`, `postgres`
 * (Atrium with the demo centre), `queue` (PostgreSQL, the demo centre open all week with 200 more
 * desks and counsellors, for `bench:queue`). Prints `READY <port>` once listening.
 */
import Fastify from 'fastify';

const mode = process.argv[2];

async function main() {
  if (mode === 'bare') {
    const app = Fastify({ logger: false });
    app.get('/bare', async () => ({ status: 'ok' }));
    app.post('/bare', async (request, reply) => reply.code(201).send({ received: request.body !== undefined }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`);
    return;
  }
  // Loaded only for Atrium modes: the bare baseline must not depend on the application's modules.
  const { buildApp } = await import('../src/server/app.js');
  const { loadConfig } = await import('../src/server/config.js');
  const { openDatabase } = await import('../src/server/db/client.js');
  const { migrate } = await import('../src/server/db/migrate.js');
  const { seedDemo } = await import('../src/server/seed/demo.js');
  const { setupQueueBench } = await import('./queue-setup.js');
  const url = process.env.BENCH_DATABASE_URL;
  const database =
    (mode === 'postgres' || mode === 'queue') && url
      ? await openDatabase({ kind: 'postgres', url, poolSize: 10 })
      : await openDatabase({ kind: 'pglite' });
  await migrate(database);
  await seedDemo(database.db);
  if (mode === 'queue') await setupQueueBench(database.db);
  const config = loadConfig({ NODE_ENV: 'production', PORT: '0', DATA_DIR: '/tmp/atrium-bench', LOG_LEVEL: 'silent' });
  const { app } = await buildApp({ config, database, logger: false, rateLimit: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`);
}

process.on('SIGTERM', () => process.exit(0)); // a clean exit, so `--cpu-prof` writes its profile

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
