import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../../../src/server/app.js';
import { loadConfig } from '../../../src/server/config.js';
import { openDatabase } from '../../../src/server/db/client.js';
import { migrate } from '../../../src/server/db/migrate.js';
import { seedDemo } from '../../../src/server/seed/demo.js';

export type TestServer = {
  url: string;
  deviceCodes: { kind: string; label: string; code: string }[];
  close: () => Promise<void>;
};

/** The real server on an in-memory PGlite with the demo centre, on a free port. */
export async function startServer(): Promise<TestServer> {
  const database = await openDatabase({ kind: 'pglite' });
  await migrate(database);
  const demo = await seedDemo(database.db);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'atrium-e2e-'));
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', DATA_DIR: dataDir });
  const { app } = await buildApp({ config, database, logger: false, rateLimit: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deviceCodes: demo.deviceCodes,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
