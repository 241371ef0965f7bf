import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/server/db/client.js';
import type { DemoResult } from '../../src/server/seed/demo.js';
import { postgresAdminUrl, postgresUrlFor } from './paths.js';
import { openPgliteSnapshot } from './pglite-snapshot.js';

export const BACKENDS = ['pglite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

/** A migrated, demo-seeded database of one test file. `url` is set on PostgreSQL (for a second pool). */
export type TestDatabase = {
  backend: Backend;
  database: Database;
  demo: DemoResult;
  url: string | undefined;
  dispose(): Promise<void>;
};

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** CREATE DATABASE … TEMPLATE fails while another copy is being made from the same template; retry briefly. */
async function copyTemplate(name: string, template: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin(`create database ${pg.escapeIdentifier(name)} template ${pg.escapeIdentifier(template)}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
}

export async function openTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const database = await openPgliteSnapshot(inject('pgliteSnapshot'));
    return { backend, database, demo: inject('pgliteDemo'), url: undefined, dispose: () => database.close() };
  }
  const name = `atrium_t_${inject('runId')}_${randomBytes(4).toString('hex')}`;
  await copyTemplate(name, inject('postgresTemplate'));
  const url = postgresUrlFor(name);
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 5 });
  return {
    backend,
    database,
    demo: inject('postgresDemo'),
    url,
    async dispose() {
      await database.close();
      await admin(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
    },
  };
}
