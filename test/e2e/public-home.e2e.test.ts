import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoRawKeys } from './support/axe.js';
import { launchBrowser, newContext } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('public home page', () => {
  it('speaks French, Dutch and English, and remembers the choice', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Cité des Métiers de Bruxelles' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    for (const text of [
      'Heures d’ouverture',
      'Choisir un métier',
      'Travailler ailleurs',
      'Comment se passe une visite',
    ]) {
      await page.getByText(text, { exact: true }).first().waitFor();
    }
    await page.getByText('Avenue de l’Astronomie', { exact: false }).first().waitFor();
    await expectNoRawKeys(page);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beroepenpunt Brussel' }).waitFor();
    for (const text of [
      'Openingsuren',
      'Een beroep kiezen',
      'Werken in een andere regio of land',
      'Hoe verloopt een bezoek',
    ]) {
      await page.getByText(text, { exact: true }).first().waitFor();
    }
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await expectNoRawKeys(page);
    await expectAccessible(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Beroepenpunt Brussel' }).waitFor();
    expect(await page.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Brussels Cité des Métiers' }).waitFor();
    for (const text of [
      'Opening hours',
      'Choose an occupation',
      'Work in another region or country',
      'How a visit works',
    ]) {
      await page.getByText(text, { exact: true }).first().waitFor();
    }
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'atrium_lang')?.value).toBe('en');
    await expectNoRawKeys(page);
    await expectAccessible(page);
    await context.close();
  });

  it('works on a phone and links to the accessibility statement', async () => {
    const context = await newContext(browser, server.url, { width: 390 });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Accessibilité' }).click();
    await page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' }).waitFor();
    await expectNoRawKeys(page);
    await expectAccessible(page);
    await context.close();
  });
});
