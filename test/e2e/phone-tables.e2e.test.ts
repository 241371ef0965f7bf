import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSite } from '../../src/server/modules/sites/sites.service.js';
import { simulateHistory } from '../../src/server/modules/stats/simulate.service.js';
import { LoginPage } from './pages/login-page.js';
import { expectAccessible } from './support/axe.js';
import { launchBrowser, newContext } from './support/browser.js';
import { shot } from './support/languages.js';
import { startServer, type TestServer } from './support/server.js';
import { openAllDay, StaffApi } from './support/staff-api.js';

const PHONE = 390;

let server: TestServer;
let browser: Browser;

/** The demo centre with a month of history (for the statistics) and three tickets waiting at reception. */
beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer({
      prepare: async (database) => {
        const { site } = await resolveSite(database.db, 'brussels');
        await simulateHistory(database.db, site, 30);
      },
    }),
    launchBrowser(),
  ]);
  await openAllDay(await StaffApi.signIn(server.url, 'admin@demo.atrium.example'));
  const reception = await StaffApi.signIn(server.url, 'reception@demo.atrium.example');
  for (const [field, language] of [
    ['work', 'fr'],
    ['train', 'nl'],
    ['choose', 'en'],
  ])
    await reception.call('POST', '/api/sites/brussels/tickets', { field, language });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function onPhone(email: string): Promise<Page> {
  const page = await (await newContext(browser, server.url, { width: PHONE })).newPage();
  await new LoginPage(page).signIn(email);
  return page;
}

const isFocused = (region: Locator) => region.evaluate((el) => el === document.activeElement);

/** Tabs from the top of the page until `region` itself has focus; fails when Tab never gets there. */
async function tabTo(page: Page, region: Locator) {
  await page.locator('body').evaluate((body) => {
    window.scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur();
    body.focus();
  });
  let presses = 0;
  while (!(await isFocused(region)) && presses < 80) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  expect(await isFocused(region), 'Tab never reached the table').toBe(true);
}

/** The table is wider than the phone, so its frame scrolls: Tab reaches the frame, the arrow keys scroll it. */
async function expectKeyboardScrolls(page: Page, region: Locator) {
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth, 'the table should be wider than its frame at phone width').toBeGreaterThan(clientWidth);
  await tabTo(page, region);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
}

describe('wide tables on a phone', () => {
  it('reception: the queues and today’s tickets are reachable by keyboard, axe clean', async () => {
    const page = await onPhone('reception@demo.atrium.example');
    await page.goto('/reception');
    await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
    await page.getByRole('table', { name: 'Tickets actifs aujourd’hui' }).getByRole('row').nth(3).waitFor();
    const queues = /^Files par domaine et par langue/;
    await page
      .getByRole('table', { name: queues })
      .getByRole('row', { name: /Trouver un emploi FR/ })
      .waitFor();
    await expectAccessible(page);
    await expectKeyboardScrolls(page, page.getByRole('region', { name: queues }));
    await shot(page, 'phone-tables-reception');
  });

  it('a manager’s statistics: the sessions by field and language scroll by keyboard, axe clean', async () => {
    const page = await onPhone('manager@demo.atrium.example');
    await page.goto('/manage/stats');
    const name = 'Entretiens par domaine et langue';
    await page.getByRole('table', { name }).waitFor();
    await page.getByTestId('outcome-sentence').waitFor();
    await expectAccessible(page);
    await expectKeyboardScrolls(page, page.getByRole('region', { name }));
    await shot(page, 'phone-tables-stats');
  });

  it('a partner’s own figures are axe clean and their table can be focused with Tab', async () => {
    const page = await onPhone('partner@demo.atrium.example');
    await page.goto('/partner/stats');
    const name = 'Notre contribution sur la période';
    await page.getByRole('table', { name }).getByRole('rowheader', { name: 'Part convenue' }).waitFor();
    await expectAccessible(page);
    await tabTo(page, page.getByRole('region', { name }));
  });
});
