import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { buildApp } from '../../../src/server/app.js';
import { loadConfig } from '../../../src/server/config.js';
import type { Database } from '../../../src/server/db/client.js';
import { openPgliteSnapshot } from '../../support/pglite-snapshot.js';

export type TestServer = {
  url: string;
  database: Database;
  deviceCodes: { kind: string; label: string; code: string }[];
  close: () => Promise<void>;
};

/**
 * The real server on a private in-memory PGlite with the demo centre (loaded from the run's snapshot, see
 * global-setup.ts), on a free port. `esco: true` adds the mini ESCO fixture (the demo alone has no ESCO);
 * `prepare` writes more data before the server starts; `now` sets the clock of the on-the-day rules.
 */
export async function startServer(
  options: { esco?: boolean; prepare?: (database: Database) => Promise<unknown>; now?: () => Date } = {},
): Promise<TestServer> {
  const database = await openPgliteSnapshot(inject(options.esco ? 'e2eEscoSnapshot' : 'e2eDemoSnapshot'));
  await options.prepare?.(database);
  const demo = inject(options.esco ? 'e2eEscoDemo' : 'e2eDemo');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'atrium-e2e-'));
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', DATA_DIR: dataDir });
  const { app } = await buildApp({
    config,
    database,
    logger: false,
    rateLimit: false,
    ...(options.now ? { now: options.now } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    deviceCodes: demo.deviceCodes,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
