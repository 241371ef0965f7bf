import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { type Database, openDatabase } from './client.js';

export const pgliteDir = (config: Config) => path.join(config.dataDir, 'pglite');

/** Opens the database the configuration names: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return openDatabase({ kind: 'postgres', url: config.databaseUrl });
  mkdirSync(config.dataDir, { recursive: true });
  return openDatabase({ kind: 'pglite', dataDir: pgliteDir(config) });
}
