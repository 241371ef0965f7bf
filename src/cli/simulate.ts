import type { Command } from 'commander';
import { loadConfig } from '../server/config.js';
import { migrate } from '../server/db/migrate.js';
import { openConfiguredDatabase } from '../server/db/open.js';
import { resolveSite } from '../server/modules/sites/sites.service.js';
import { simulateHistory } from '../server/modules/stats/simulate.service.js';

type Options = { days: string; site: string };

async function simulateCommand(options: Options) {
  const days = Number(options.days);
  if (!Number.isInteger(days) || days < 1 || days > 3660)
    throw new Error('--days must be a whole number from 1 to 3660');
  const config = loadConfig();
  if (config.env === 'production') throw new Error('refusing to simulate history with NODE_ENV=production');
  const database = await openConfiguredDatabase(config);
  try {
    await migrate(database);
    const { site } = await resolveSite(database.db, options.site);
    const started = performance.now();
    const r = await simulateHistory(database.db, site, days);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Simulated ${r.from} to ${r.to} at ${site.slug}: ${r.tickets} walk-in tickets, ${r.responses} questionnaire answers (${seconds} s).`,
    );
    console.log('Space uses and events are not simulated yet (their modules expose no bulk way to add history).');
  } finally {
    await database.close();
  }
}

/** `atrium simulate --days N`: realistic anonymous history for demos and benchmarks. */
export const registerSimulateCommand = (program: Command): void => {
  program
    .command('simulate')
    .description('fill realistic simulated history (walk-in, questionnaire answers, rollups) for the last N days')
    .requiredOption('--days <n>', 'number of days, ending yesterday')
    .option('--site <slug>', 'site', 'brussels')
    .action(simulateCommand);
};
