import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { launchBrowser, newContext } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';

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
  [server, browser] = await Promise.all([startServer({ esco: true }), launchBrowser()]);
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
