import { rmSync } from 'node:fs';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/client.js';
import { migrate } from '../../src/server/db/migrate.js';
import { type DemoResult, seedDemo } from '../../src/server/seed/demo.js';
import { postgresAdminUrl, postgresUrlFor } from './paths.js';
import { dumpSeededPglite } from './pglite-snapshot.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    pgliteDemo: DemoResult;
    postgresTemplate: string;
    postgresDemo: DemoResult;
    runId: string;
  }
}

/**
 * One PGlite snapshot per test run; every test file loads the dump. One per run, so concurrent runs (several
 * people in one tree) never mix a snapshot with another run's demo codes.
 */
function pgliteSnapshot(runId: string) {
  return dumpSeededPglite(`pglite-${runId}`);
}

async function adminQuery<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is required for the integration tests and is not reachable at ${postgresAdminUrl} ` +
        `(set TEST_DATABASE_URL to point elsewhere): ${(error as Error).message}`,
    );
  }
  try {
    return await client.query<T>(sql, values);
  } finally {
    await client.end();
  }
}

/** Migrates and seeds a template database for this run; each test file copies it with CREATE DATABASE … TEMPLATE. */
async function postgresTemplate(runId: string): Promise<{ name: string; demo: DemoResult }> {
  const name = `atrium_tpl_${runId}`;
  await adminQuery(`create database ${pg.escapeIdentifier(name)}`);
  const database = await openDatabase({ kind: 'postgres', url: postgresUrlFor(name), poolSize: 2 });
  try {
    await migrate(database);
    return { name, demo: await seedDemo(database.db) };
  } finally {
    await database.close();
  }
}

export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const [lite, postgres] = await Promise.all([pgliteSnapshot(runId), postgresTemplate(runId)]);
  project.provide('pgliteSnapshot', lite.file);
  project.provide('pgliteDemo', lite.demo);
  project.provide('postgresTemplate', postgres.name);
  project.provide('postgresDemo', postgres.demo);
  project.provide('runId', runId);

  return async () => {
    // Drop this run's template and snapshot, and what a crashed test file may have left behind.
    rmSync(lite.file, { force: true });
    const left = await adminQuery<{ datname: string }>(
      'select datname from pg_database where datname like $1 or datname = $2',
      [`atrium_t_${runId}_%`, postgres.name],
    );
    for (const row of left.rows) {
      await adminQuery(`drop database if exists ${pg.escapeIdentifier(row.datname)} with (force)`);
    }
  };
}
