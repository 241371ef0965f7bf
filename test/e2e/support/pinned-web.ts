import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

const built = path.resolve(import.meta.dirname, '../../../dist/web');
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * A private copy of the built web apps. Other sessions in the same tree rebuild dist/web while a long
 * journey runs (the hashed chunk names change under it); the browser is served this copy instead.
 */
export function snapshotWebBuild(): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'atrium-web-'));
    cpSync(built, dir, { recursive: true });
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
    const refs = [...html.matchAll(/"\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
    if (refs.every((r) => existsSync(path.join(dir, r)))) return dir;
  }
  throw new Error('dist/web kept changing while it was copied');
}

/** Serves the page and its chunks from the copy (headers such as the CSP still come from the server). */
export async function pinWebBuild(context: BrowserContext, dir: string) {
  const index = readFileSync(path.join(dir, 'index.html'), 'utf8');
  await context.route(
    (url) => url.pathname.startsWith('/assets/'),
    async (route) => {
      const file = path.join(dir, new URL(route.request().url()).pathname);
      if (!existsSync(file)) return route.continue();
      await route.fulfill({
        body: readFileSync(file),
        contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
    },
  );
  await context.route(
    (url) => !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/assets/'),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      await route.fulfill({ response, body: index });
    },
  );
}
