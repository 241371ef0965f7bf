import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../server/config.js';
import { pgliteDir } from '../server/db/open.js';

function embeddedOnly() {
  const config = loadConfig();
  if (config.databaseUrl) {
    throw new Error('DATABASE_URL is set: back up PostgreSQL with pg_dump (see README), not with atrium backup');
  }
  return config;
}

export async function backupCommand(file: string) {
  const config = embeddedOnly();
  const dir = pgliteDir(config);
  if (!existsSync(dir)) throw new Error(`no embedded database in ${dir}`);
  const db = await PGlite.create({ dataDir: dir });
  try {
    const dump = await db.dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    console.log(`Backup written to ${file} (${dump.size} bytes).`);
  } finally {
    await db.close();
  }
}

export async function restoreCommand(file: string, options: { force?: boolean }) {
  const config = embeddedOnly();
  const dir = pgliteDir(config);
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  if (existsSync(dir) && !options.force) throw new Error(`${dir} already holds data; add --force to replace it`);
  const blob = new Blob([readFileSync(file)]);
  // Restoring onto a new machine: the data directory may not exist yet.
  mkdirSync(config.dataDir, { recursive: true });
  const staging = `${dir}.restoring`;
  rmSync(staging, { recursive: true, force: true });
  const db = await PGlite.create({ dataDir: staging, loadDataDir: blob });
  await db.query('select 1');
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  const { renameSync } = await import('node:fs');
  renameSync(staging, dir);
  console.log(`Restored ${file} into ${dir}.`);
}
