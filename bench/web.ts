/**
 * `npm run bench:web`: Lighthouse (mobile) on the portal's home, search results and an occupation page,
 * served by the real server on an in-memory PGlite with the demo centre, the mini ESCO fixture and the demo
 * partner offers (the pages and bundles are the same as with the full set). Needs `npm run build` first and
 * CHROME_PATH (default /usr/bin/chromium). Prints performance and accessibility scores per page, and the
 * JavaScript a first visit to the public pages loads (gzipped; the limit is 150 KB).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { gzipSync } from 'node:zlib';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/client.js';
import { migrate } from '../src/server/db/migrate.js';
import { importEsco, seedCatalogueDemo } from '../src/server/modules/catalogue/index.js';
import { seedDemo } from '../src/server/seed/demo.js';
import { root } from './lib.js';

const BAKER = '1aadb308-432a-4d01-b54b-b4f7f76dd419';
const PAGES = [
  ['home', '/portal'],
  ['search results', '/portal/search?q=boulanger'],
  ['occupation page', `/portal/occupations/${BAKER}`],
] as const;

/** The JS a first visit loads: the entry, the app's chunk, their static imports and the French catalogues. */
function initialJsKb(app: string, namespaces: string[]) {
  const dist = path.join(root, 'dist/web');
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; imports?: string[] }
  >;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const i of chunk.imports ?? []) visit(i);
  };
  for (const key of ['index.html', app, ...namespaces.map((ns) => `locales/fr/${ns}.json`)]) visit(key);
  const bytes = [...files].reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
  return (bytes / 1024).toFixed(1);
}

async function main() {
  console.log(
    `initial public JS, gzipped (limit 150 KB): portal ${initialJsKb('src/web/apps/portal/portal-app.tsx', ['common', 'public', 'catalogue'])} KB, ` +
      `home ${initialJsKb('src/web/apps/public/public-app.tsx', ['common', 'public'])} KB`,
  );
  const database = await openDatabase({ kind: 'pglite' });
  await migrate(database);
  await seedDemo(database.db);
  await importEsco(database, path.join(root, 'test/fixtures/esco-mini'));
  await seedCatalogueDemo(database.db);
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'atrium-lh-')) });
  const { app } = await buildApp({ config, database, logger: false, rateLimit: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    console.log(
      `${'page'.padEnd(18)} performance  accessibility   FCP ms   LCP ms   TBT ms    CLS  (Lighthouse mobile)`,
    );
    for (const [name, url] of PAGES) {
      const result = await lighthouse(`http://127.0.0.1:${port}${url}`, {
        port: chrome.port,
        onlyCategories: ['performance', 'accessibility'],
        logLevel: 'error',
        formFactor: 'mobile',
      });
      const c = result?.lhr.categories;
      const score = (v: number | null | undefined) => String(Math.round((v ?? 0) * 100)).padStart(3);
      const audit = (id: string) => result?.lhr.audits[id]?.numericValue ?? Number.NaN;
      const ms = (id: string) => String(Math.round(audit(id))).padStart(8);
      console.log(
        `${name.padEnd(18)} ${score(c?.performance?.score).padEnd(12)} ${score(c?.accessibility?.score).padEnd(13)}` +
          `${ms('first-contentful-paint')} ${ms('largest-contentful-paint')} ${ms('total-blocking-time')} ` +
          `${audit('cumulative-layout-shift').toFixed(3).padStart(6)}`,
      );
    }
  } finally {
    chrome.kill();
    await app.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
