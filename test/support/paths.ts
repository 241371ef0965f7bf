import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = path.join(repoRoot, '.test-cache');

const hashedSources = [
  path.join(repoRoot, 'src/server/db/migrations'),
  path.join(repoRoot, 'src/server/db/migrations/meta'),
  path.join(repoRoot, 'src/server/seed'),
];

/** A short hash of the migrations and the demo seed: a new migration or seed change rebuilds the snapshots. */
export function schemaHash(): string {
  const hash = createHash('sha256');
  for (const dir of hashedSources) {
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(sql|json|ts)$/.test(name)) continue;
      hash.update(name);
      hash.update(readFileSync(path.join(dir, name)));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/** The PostgreSQL server the suite runs against; TEST_DATABASE_URL overrides the local default. */
export const postgresAdminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function postgresUrlFor(database: string): string {
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
