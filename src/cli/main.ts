import { Command } from 'commander';
import { loadConfig, ConfigError } from '../server/config.js';
import { backupCommand, restoreCommand } from './backup.js';
import { importEscoCommand } from './catalogue.js';
import { adminCreateCommand } from './admin.js';
import { migrateCommand, seedCommand } from './database.js';
import { registerRosterCommands } from './roster-command.js';
import { registerSimulateCommand } from './simulate.js';
import { startServer } from '../server/start.js';

const program = new Command('atrium').description('Atrium runs a Cité des Métiers / Beroepenpunt.');

program
  .command('serve')
  .description('start the server (migrates, and seeds the demo centre on a fresh embedded database)')
  .action(async () => {
    await startServer(loadConfig());
  });
program.command('migrate').description('apply database migrations').action(migrateCommand);
program
  .command('seed')
  .description('fill an empty database with demo data')
  .requiredOption('--demo', 'the Brussels demo centre')
  .action(seedCommand);
program
  .command('admin')
  .description('administrator accounts')
  .command('create')
  .description('create the first administrator of a production install')
  .requiredOption('--email <email>', 'e-mail address')
  .requiredOption('--name <name>', 'display name')
  .option('--site <slug>', 'site to administer (created if the database has none)', 'main')
  .action(adminCreateCommand);
program
  .command('backup')
  .description('write a compressed copy of the embedded database (PostgreSQL: use pg_dump)')
  .argument('<file>', 'target file, e.g. atrium-backup.tar.gz')
  .action(backupCommand);
program
  .command('restore')
  .description('replace the embedded database with a backup (stop the server first)')
  .argument('<file>', 'a file written by atrium backup')
  .option('--force', 'overwrite existing data')
  .action(restoreCommand);

program
  .command('import')
  .description('import reference data')
  .command('esco')
  .description('import the ESCO CSV exports (occupations, skills, relations) found in a folder')
  .argument('<folder>', 'folder with the ESCO CSV files, e.g. ../shared/data/esco')
  .option('--esco-version <version>', 'ESCO version, when the folder has no README saying it')
  .action(importEscoCommand);

registerRosterCommands(program);
registerSimulateCommand(program);
program.parseAsync().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError ? error.message : error instanceof Error ? `atrium: ${error.message}` : error,
  );
  process.exit(1);
});
