/**
 * The server under `bench:space`, in a child process: Atrium on PGlite with the demo centre, open all
 * week. It answers `cpu` messages on the IPC channel with its own `process.cpuUsage()`, so the bench
 * can report server CPU per connected screen without a bench endpoint in the app. Prints `READY <port>`.
 */
import { eq } from 'drizzle-orm';
import { WEEKDAYS } from '../src/common/domain.js';
import type { OpeningHours } from '../src/common/schemas/shared.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/client.js';
import { migrate } from '../src/server/db/migrate.js';
import { sites } from '../src/server/db/schema/index.js';
import { seedDemo } from '../src/server/seed/demo.js';

async function main() {
  const url = process.env.BENCH_DATABASE_URL;
  const database = url
    ? await openDatabase({ kind: 'postgres', url, poolSize: 10 })
    : await openDatabase({ kind: 'pglite' });
  await migrate(database);
  await seedDemo(database.db);
  const allWeek = Object.fromEntries(WEEKDAYS.map((d) => [d, [{ open: '00:00', close: '23:59' }]])) as OpeningHours;
  await database.db.update(sites).set({ openingHours: allWeek }).where(eq(sites.slug, 'brussels'));
  const config = loadConfig({
    NODE_ENV: 'production',
    PORT: '0',
    DATA_DIR: '/tmp/atrium-bench',
    LOG_LEVEL: 'silent',
    // Enrolling 80 screens from one address would trip the per-address claim limit: tell them apart.
    TRUST_PROXY: 'true',
  });
  const { app } = await buildApp({ config, database, logger: false, rateLimit: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.on('message', (message) => {
    if (message === 'cpu') process.send?.({ cpu: process.cpuUsage(), subscribers: 0 });
  });
  const address = app.server.address();
  console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`);
}

process.on('SIGTERM', () => process.exit(0));

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
