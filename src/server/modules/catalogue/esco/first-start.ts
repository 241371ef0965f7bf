import { existsSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../../db/client.js';
import { rows } from '../rows.js';
import { escoIndex } from '../search/esco-index.js';
import { offerLabels } from '../search/offer-labels.js';
import { importEsco } from './import.service.js';

export async function escoLoaded(db: DbOrTx): Promise<boolean> {
  const r = await rows<{ n: number }>(db, sql`select count(*)::int as n from catalogue_esco_imports`);
  return (r[0]?.n ?? 0) > 0;
}

/** The ESCO folder: ESCO_DIR, else `../shared/data/esco` next to the repository. */
export const defaultEscoDir = (repoRoot: string) =>
  process.env.ESCO_DIR ?? path.resolve(repoRoot, '..', 'shared', 'data', 'esco');

/** On a fresh demo install, loads ESCO once; without the folder, says so in one line and carries on. */
export async function loadEscoOnFirstStart(database: Database, repoRoot: string, log: (line: string) => void) {
  if (await escoLoaded(database.db)) return;
  const folder = defaultEscoDir(repoRoot);
  if (!existsSync(folder)) {
    log(`ESCO data not found at ${folder} (set ESCO_DIR): the catalogue starts without occupations and skills.`);
    return;
  }
  log(`Importing ESCO occupations and skills from ${folder} …`);
  const result = await importEsco(database, folder);
  log(`ESCO imported in ${(result.durationMs / 1000).toFixed(1)} s.`);
}

/**
 * Builds the in-memory search indexes (ESCO, then the offers' titles) in the background after a start, so the
 * first visitor's search does not wait for them (seconds on the full set). Failures are logged; a search
 * would build them again.
 */
export function warmSearchIndex(database: Database, log: (line: string) => void) {
  void escoLoaded(database.db)
    .then((loaded) => (loaded ? escoIndex(database.db) : undefined))
    .then(() => offerLabels(database.db))
    .catch((error: unknown) => log(`The search index could not be prepared: ${String(error)}`));
}
