import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe.js';
import { launchBrowser, newContext } from './support/browser.js';
import { seedCatalogueDemo } from '../../src/server/modules/catalogue/index.js';
import { repoRoot } from '../support/paths.js';
import { LANGUAGE_NAMES } from './support/languages.js';
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
type PortalTexts = {
  occupation: { allTransitions: string };
  transitions: { trainings: string; only: { shortage: string } };
  search: { type: { event: string }; field: string };
  list: { apply: string };
};
const catalogueTexts = (lang: 'fr' | 'nl' | 'en') =>
  JSON.parse(readFileSync(path.join(repoRoot, `locales/${lang}/catalogue.json`), 'utf8')) as PortalTexts;

beforeAll(async () => {
  // As on a fresh demo install: ESCO (here the mini fixture), then the demo tags and partner offers.
  const prepare = (database: TestServer['database']) => seedCatalogueDemo(database.db);
  [server, browser] = await Promise.all([startServer({ esco: true, prepare }), launchBrowser()]);
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

  it.each([
    ['fr', 'lettre de motivation', 'Atelier CV et lettre de motivation'],
    ['nl', 'motivatiebrief', 'Workshop cv en motivatiebrief'],
    ['en', 'cover letter', 'CV and cover letter workshop'],
  ] as const)('finds a workshop of the centre’s agenda under events and opens it (%s)', async (lang, words, title) => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/portal');
    await page.getByRole('button', { name: LANGUAGE_NAMES[lang], exact: true }).first().click();
    await page.getByRole('searchbox').fill(words);
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: catalogueTexts(lang).search.type.event }).click();
    await page.waitForURL(/[?&]type=event/);
    // The workshop is held on several days: one result per day, the soonest first, each with its date.
    const results = new PortalPage(page).result(title);
    await results.first().waitFor();
    expect(await results.count()).toBeGreaterThan(1);
    expect(await page.locator('.portal-results li time').count()).toBe(await results.count());
    // Facets of the events found: keep those of one field (the only one here, with its count).
    const found = await results.count();
    const texts = catalogueTexts(lang);
    await page.getByLabel(texts.search.field).selectOption({ index: 1 });
    await page.getByRole('button', { name: texts.list.apply }).click();
    await page.waitForURL(/[?&]field=work/);
    await expect.poll(() => results.count()).toBe(found);
    await expectAccessible(page);
    await results.first().click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it.each([
    ['fr', 'boulanger/boulangère'],
    ['nl', 'bakker'],
    ['en', 'baker'],
  ] as const)(
    'a newcomer follows the baker to a shortage occupation and opens a demo training for the gap (%s)',
    async (lang, baker) => {
      const texts = catalogueTexts(lang);
      const context = await newContext(browser, server.url);
      const page = await context.newPage();
      await page.goto('/portal');
      await page.getByRole('button', { name: LANGUAGE_NAMES[lang], exact: true }).first().click();
      const portal = new PortalPage(page);
      await portal.search('boulanger');
      await portal.result(baker).click();
      await page.getByRole('heading', { level: 1, name: baker }).waitFor();
      await page.getByRole('link', { name: texts.occupation.allTransitions }).click();
      await page.locator('.portal-card').first().waitFor();
      // The filter lives in the address: click it, then wait for the page to follow.
      await page.getByRole('radio', { name: texts.transitions.only.shortage }).click();
      await page.waitForURL(/[?&]tag=shortage/);
      // A shortage target (source and year shown) whose trainings list a partner training for the gap.
      const card = page
        .locator('.portal-card')
        .filter({ has: page.locator('a[href*="/portal/trainings/"]') })
        .first();
      await card.waitFor();
      expect(await card.textContent()).toMatch(/(Actiris|VDAB)[^,]*, 2025/);
      await card.getByRole('heading', { level: 4, name: texts.transitions.trainings }).waitFor();
      await expectAccessible(page);
      const training = card.locator('a[href*="/portal/trainings/"]').first();
      const title = ((await training.textContent()) ?? '').trim();
      await training.click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await expectAccessible(page);
      await context.close();
    },
  );
});
