import type { Agent } from 'node:https';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import type { Database } from '../../src/server/db/client.js';
import type { App, AppContext } from '../../src/server/platform/context.js';
import { BACKENDS, type Backend, openTestDatabase, type TestDatabase } from './databases.js';

export type TestEnv = Record<string, string>;

export const testConfig = (env: TestEnv = {}) =>
  loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: '/tmp/atrium-test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    // Tests tell rate-limited clients apart by X-Forwarded-For.
    TRUST_PROXY: 'true',
    // Tests age sessions in the database directly; the cache has its own test (auth-cache.test.ts).
    AUTH_CACHE_SECONDS: '0',
    ...env,
  });

export async function buildTestApp(
  database: Database,
  env: TestEnv = {},
  extra: { heartbeatMs?: number; pushAgent?: Agent } = {},
) {
  return buildApp({ config: testConfig(env), database, logger: false, rateLimit: true, ...extra });
}

export type TestContext = TestDatabase & { app: App; ctx: AppContext };

/**
 * Runs a suite once per back end (PGlite, then PostgreSQL), each with its own database copied from
 * the migrated and seeded snapshot, and one app. `get()` is valid inside tests and hooks.
 */
export function forEachBackend(
  name: string,
  suite: (get: () => TestContext, backend: Backend) => void,
  options: { env?: TestEnv; heartbeatMs?: number } = {},
) {
  describe.each(BACKENDS)(`${name} [%s]`, (backend) => {
    let current: TestContext | undefined;
    beforeAll(async () => {
      const db = await openTestDatabase(backend);
      const { app, ctx } = await buildTestApp(
        db.database,
        options.env,
        options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {},
      );
      await app.ready();
      current = { ...db, app, ctx };
    });
    afterAll(async () => {
      await current?.app.close();
      await current?.dispose();
    });
    suite(() => {
      if (!current) throw new Error('the test app is not ready');
      return current;
    }, backend);
  });
}
