import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/client.js';
import { migrate } from '../../src/server/db/migrate.js';
import { importEsco } from '../../src/server/modules/catalogue/index.js';
import { seedDemo } from '../../src/server/seed/demo.js';
import { expectAccessible } from './support/axe.js';
import { launchBrowser, newContext } from './support/browser.js';

type TestServer = { url: string; close: () => Promise<void> };

/** Like support/server.ts, plus the mini ESCO fixture (the shared server starts without ESCO). */
async function startServer(): Promise<TestServer> {
  const database = await openDatabase({ kind: 'pglite' });
  await migrate(database);
  await seedDemo(database.db);
  await importEsco(database, path.resolve(import.meta.dirname, '../fixtures/esco-mini'));
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'atrium-e2e-')) });
  const { app } = await buildApp({ config, database, logger: false, rateLimit: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** The portal as a visitor uses it: one search box, results, an occupation page. */
class PortalPage {
  constructor(readonly page: Page) {}
  async search(words: string) {
    await this.page.getByRole('searchbox').fill(words);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.portal-results').first().waitFor();
  }
  result(name: string) {
    return this.page.locator('.portal-results').first().getByRole('link', { name });
  }
}

let server: TestServer;
let browser: Browser;
const text = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('career information portal', () => {
  it('finds "boulanger", opens the occupation with its skills and ESCO attribution, keyboard only', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    const portal = new PortalPage(page);
    await page.goto('/portal');
    await page.getByRole('heading', { level: 1, name: "Point d'information métiers" }).waitFor();
    await expectAccessible(page);
    await portal.search('boulanger');
    await expectAccessible(page);
    await portal.result('boulanger/boulangère').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Compétences essentielles' }).waitFor();
    expect(text((await page.locator('main').textContent()) ?? '')).toContain('Classification ESCO');
    await expectAccessible(page);
    await context.close();
  });

  it('finds an English title typed in the Dutch interface and marks fallback labels with lang', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/portal');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    const portal = new PortalPage(page);
    await portal.search('hairdresser');
    await portal.result('kapper').click();
    await page.getByRole('heading', { level: 2, name: 'Essentiële vaardigheden' }).waitFor();
    expect(await page.locator('.portal-skills li[lang="en"]').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await context.close();
  });
});
