import path from 'node:path';
import { buildApp } from './app.js';
import { loadCatalogueDemo, loadEscoOnFirstStart, warmSearchIndex } from './modules/catalogue/index.js';
import type { Config } from './config.js';
import { migrate } from './db/migrate.js';
import { openConfiguredDatabase } from './db/open.js';
import { startJobs } from './jobs.js';
import { DEMO_PASSWORD, type DemoResult, demoCentreExists, isEmpty, seedDemo } from './seed/demo.js';

export function printDemo(result: DemoResult, publicUrl: string, log: (line: string) => void = console.log) {
  log('');
  log('  Atrium demo centre (Brussels) is ready. Demo sign-ins, all with the password:');
  log(`  ${DEMO_PASSWORD}`);
  for (const s of result.signIns) log(`    ${s.role.padEnd(11)} ${s.email}`);
  log('  Enrolment codes for the demo devices (open the page, enter the code; valid 30 days):');
  for (const d of result.deviceCodes) log(`    ${d.kind.padEnd(11)} ${publicUrl}/${d.kind}   code ${d.code}`);
  log('  These are printed once; an administrator can issue new ones at /admin.');
  log('');
}

/** Opens and migrates the database, seeds the demo centre on a fresh non-production install, and listens. */
export async function startServer(config: Config) {
  const database = await openConfiguredDatabase(config);
  await migrate(database);
  let demo: DemoResult | undefined;
  if (config.env !== 'production' && !config.databaseUrl && (await isEmpty(database.db))) {
    demo = await seedDemo(database.db);
  }
  if (config.env !== 'production' && !config.databaseUrl) {
    await loadEscoOnFirstStart(database, path.resolve(import.meta.dirname, '../..'), (line) => console.log(line));
    if (await demoCentreExists(database.db)) await loadCatalogueDemo(database.db, (line) => console.log(line));
  }
  const { app } = await buildApp({ config, database });
  const stopJobs = startJobs(database, console.error, { production: config.env === 'production' });
  const close = async () => {
    stopJobs();
    await app.close();
    await database.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void close().then(() => process.exit(0));
    });
  }
  await app.listen({ port: config.port, host: config.host });
  if (demo) printDemo(demo, config.publicUrl);
  warmSearchIndex(database, (line) => console.error(line));
  return { app, database, close };
}
