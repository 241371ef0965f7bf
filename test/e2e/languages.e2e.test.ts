import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginPage } from './pages/login-page.js';
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

const ADMIN_SCREENS = [
  '/admin/sites',
  '/admin/sites/new',
  '/admin/organisations',
  '/admin/organisations/new',
  '/admin/staff',
  '/admin/staff/new',
  '/admin/site/brussels/zones',
  '/admin/site/brussels/desks',
  '/admin/site/brussels/rooms',
  '/admin/site/brussels/rooms/new',
  '/admin/site/brussels/stations',
  '/admin/site/brussels/devices',
  '/admin/audit',
];

/** Every admin screen and each role's home, in Dutch and in English: translated, no raw keys, accessible. */
describe.each([
  { lang: 'nl', button: 'Nederlands' },
  { lang: 'en', button: 'English' },
])('in $lang', ({ lang, button }) => {
  it('the administrator works in this language on every screen', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await new LoginPage(page).signIn('admin@demo.atrium.example');
    await page.getByRole('button', { name: button }).click();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    for (const path of ADMIN_SCREENS) {
      await page.goto(path);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      expect(await page.locator('html').getAttribute('lang'), path).toBe(lang);
      await expectNoRawKeys(page);
      await expectAccessible(page);
    }
    await context.close();
  });

  it.each(['manager', 'reception', 'counsellor', 'steward', 'partner'])('the %s home is translated', async (role) => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await new LoginPage(page).signIn(`${role}@demo.atrium.example`);
    await page.getByRole('button', { name: button }).click();
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expectNoRawKeys(page);
    await expectAccessible(page);
    await context.close();
  });
});
