import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/seed/demo.js';
import { runCli } from '../support/child-server.js';
import { repoRoot } from '../support/paths.js';

const mini = path.join(repoRoot, 'test/fixtures/esco-mini');
const LINE = 'Catalogue demo data:';

/** `atrium import esco` on the embedded database with NODE_ENV=production (runCli always runs in development). */
async function importInProduction(dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  return promisify(execFile)(process.execPath, [path.join(repoRoot, 'bin/atrium.js'), 'import', 'esco', mini], {
    env,
    cwd: repoRoot,
  });
}

describe('atrium import esco on the demo centre', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'atrium-catalogue-demo-'));
  const dataDir = path.join(root, 'data');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  // One step per test: each runs the command line once (a few seconds to half a minute on a busy machine).
  it('seed --demo without ESCO loads the centre but no catalogue demo yet', async () => {
    const seeded = await runCli(dataDir, ['seed', '--demo']);
    expect(seeded.stdout).toContain(DEMO_PASSWORD);
    expect(seeded.stdout).not.toContain(LINE);
  });

  it('import esco in production loads ESCO but no demo data', async () => {
    const production = await importInProduction(dataDir);
    expect(production.stdout).toContain('ESCO imported');
    expect(production.stdout).not.toContain(LINE);
  });

  it('import esco on the demo centre adds the catalogue demo, once', async () => {
    const first = await runCli(dataDir, ['import', 'esco', mini]);
    expect(first.stdout).toContain(LINE);
  });

  it('a later import esco does not add it again', async () => {
    const again = await runCli(dataDir, ['import', 'esco', mini]);
    expect(again.stdout).toContain('ESCO imported');
    expect(again.stdout).not.toContain(LINE);
  });
});
