import { rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { importEsco } from '../../../src/server/modules/catalogue/index.js';
import type { DemoResult } from '../../../src/server/seed/demo.js';
import { dumpSeededPglite } from '../../support/pglite-snapshot.js';
import buildWeb from './build-web.js';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eDemoSnapshot: string;
    e2eEscoSnapshot: string;
    e2eDemo: DemoResult;
    e2eEscoDemo: DemoResult;
  }
}

const escoMini = path.resolve(import.meta.dirname, '../../fixtures/esco-mini');

/**
 * Builds the web apps when stale, and seeds two PGlite snapshots once per run — the demo centre, and the demo
 * centre with the mini ESCO fixture — so each browser test file loads a dump instead of migrating and seeding.
 */
export default async function setup(project: TestProject) {
  buildWeb();
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const demo = await dumpSeededPglite(`e2e-demo-${runId}`);
  const esco = await dumpSeededPglite(`e2e-esco-${runId}`, (database) => importEsco(database, escoMini));
  project.provide('e2eDemoSnapshot', demo.file);
  project.provide('e2eEscoSnapshot', esco.file);
  project.provide('e2eDemo', demo.demo);
  project.provide('e2eEscoDemo', esco.demo);
  return () => {
    rmSync(demo.file, { force: true });
    rmSync(esco.file, { force: true });
  };
}
