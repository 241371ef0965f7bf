import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/client.js';
import { migrate } from '../../src/server/db/migrate.js';
import { type DemoResult, seedDemo } from '../../src/server/seed/demo.js';
import { cacheDir, postgresAdminUrl, postgresUrlFor, schemaHash } from './paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    pgliteDemo: DemoResult;
    postgresTemplate: string;
    postgresDemo: DemoResult;
    runId: string;
  }
}

/** Migrates and seeds an in-memory PGlite once and dumps it; every test file loads the dump (~0.3 s). */
async function pgliteSnapshot(hash: string): Promise<{ file: string; demo: DemoResult }> {
  const file = path.join(cacheDir, `pglite-${hash}.tar`);
  const demoFile = path.join(cacheDir, `pglite-${hash}.json`);
  if (existsSync(file) && existsSync(demoFile)) {
    return { file, demo: JSON.parse(readFileSync(demoFile, 'utf8')) as DemoResult };
  }
  mkdirSync(cacheDir, { recursive: true });
  const database = await openDatabase({ kind: 'pglite' });
  try {
    await migrate(database);
    const demo = await seedDemo(database.db);
    const dump = await database.pglite?.dumpDataDir('none');
    if (!dump) throw new Error('PGlite did not dump its data directory');
    writeFileSync(`${file}.tmp`, Buffer.from(await dump.arrayBuffer()));
    renameSync(`${file}.tmp`, file);
    writeFileSync(demoFile, JSON.stringify(demo));
    return { file, demo };
  } finally {
    await database.close();
  }
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

/** Migrates and seeds a template database once; each test file copies it with CREATE DATABASE … TEMPLATE. */
async function postgresTemplate(hash: string): Promise<{ name: string; demo: DemoResult }> {
  const name = `atrium_tpl_${hash}`;
  const demoFile = path.join(cacheDir, `postgres-${hash}.json`);
  const exists = await adminQuery('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 1 && existsSync(demoFile)) {
    return { name, demo: JSON.parse(readFileSync(demoFile, 'utf8')) as DemoResult };
  }
  await adminQuery(`drop database if exists ${pg.escapeIdentifier(name)}`);
  const building = `${name}_b${process.pid}`;
  await adminQuery(`drop database if exists ${pg.escapeIdentifier(building)}`);
  await adminQuery(`create database ${pg.escapeIdentifier(building)}`);
  const database = await openDatabase({ kind: 'postgres', url: postgresUrlFor(building), poolSize: 2 });
  let demo: DemoResult;
  try {
    await migrate(database);
    demo = await seedDemo(database.db);
  } finally {
    await database.close();
  }
  try {
    await adminQuery(`alter database ${pg.escapeIdentifier(building)} rename to ${pg.escapeIdentifier(name)}`);
  } catch (error) {
    // Another test run built the same template meanwhile: use theirs once its demo file is written.
    if ((error as { code?: string }).code !== '42P04') throw error;
    await adminQuery(`drop database if exists ${pg.escapeIdentifier(building)}`);
    for (let i = 0; i < 120 && !existsSync(demoFile); i++) await new Promise((r) => setTimeout(r, 500));
    return { name, demo: JSON.parse(readFileSync(demoFile, 'utf8')) as DemoResult };
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(demoFile, JSON.stringify(demo));
  return { name, demo };
}

export default async function setup(project: TestProject) {
  const hash = schemaHash();
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const [lite, postgres] = await Promise.all([pgliteSnapshot(hash), postgresTemplate(hash)]);
  project.provide('pgliteSnapshot', lite.file);
  project.provide('pgliteDemo', lite.demo);
  project.provide('postgresTemplate', postgres.name);
  project.provide('postgresDemo', postgres.demo);
  project.provide('runId', runId);

  return async () => {
    // Drop what a crashed test file may have left behind from this run.
    const left = await adminQuery<{ datname: string }>('select datname from pg_database where datname like $1', [
      `atrium_t_${runId}_%`,
    ]);
    for (const row of left.rows) {
      await adminQuery(`drop database if exists ${pg.escapeIdentifier(row.datname)} with (force)`);
    }
  };
}
