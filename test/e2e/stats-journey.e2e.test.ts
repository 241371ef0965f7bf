import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSite } from '../../src/server/modules/sites/sites.service.js';
import { simulateHistory } from '../../src/server/modules/stats/simulate.service.js';
import { LoginPage } from './pages/login-page.js';
import { expectAccessible, expectNoRawKeys } from './support/axe.js';
import { launchBrowser, newContext } from './support/browser.js';
import { checkInLanguages, shot } from './support/languages.js';
import { startServer, type TestServer } from './support/server.js';

let browser: Browser;
let server: TestServer;
let url: string;

/** The demo centre after `atrium simulate --days 210`, served on a free port. */
beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer({
      prepare: async (database) => {
        const { site } = await resolveSite(database.db, 'brussels');
        await simulateHistory(database.db, site, 210);
      },
    }),
    launchBrowser(),
  ]);
  url = server.url;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signedIn(email: string): Promise<Page> {
  const page = await (await newContext(browser, url)).newPage();
  await new LoginPage(page).signIn(email);
  return page;
}

/** The manager's statistics screen. */
class StatsPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto('/manage/stats');
    await this.sentence.waitFor();
    await this.page
      .getByRole('table', { name: /Sessions by field|Entretiens par domaine|Gesprekken per domein/ })
      .waitFor();
  }
  get sentence() {
    return this.page.getByTestId('outcome-sentence');
  }
  async downloadXlsx(label: string) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('link', { name: label }).click(),
    ]);
    return download;
  }
}

describe('statistics journey', () => {
  it('a manager reads the seven-month outcome report in fr, nl and en and exports the XLSX', async () => {
    const stats = new StatsPage(await signedIn('manager@demo.atrium.example'));
    await stats.open();
    await expectNoRawKeys(stats.page);
    await expectAccessible(stats.page);
    expect(await stats.sentence.textContent()).toMatch(
      /plus de 1\d\s?\d{3} visiteurs ont reçu un conseil personnalisé/,
    );
    await shot(stats.page, 'stats-manager-fr');
    await checkInLanguages(stats.page, {
      nl: 'Statistieken en activiteitenverslag',
      en: 'Statistics and outcome report',
    });
    await stats.sentence.filter({ hasText: 'visitors received personal advice' }).waitFor();
    await stats.page.getByRole('rowheader', { name: 'Find a job' }).first().waitFor();
    await shot(stats.page, 'stats-manager-en');
    const download = await stats.downloadXlsx('Export as XLSX');
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await download.path();
    expect(file).toBeTruthy();
    await checkInLanguages(stats.page, { fr: 'Statistiques et rapport d’activité' });
  });

  it('a partner sees only its own share, and not the centre’s report', async () => {
    const page = await signedIn('partner@demo.atrium.example');
    await page.goto('/partner/stats');
    await page.getByRole('table', { name: 'Notre contribution sur la période' }).waitFor();
    await page.getByRole('rowheader', { name: 'Part convenue' }).waitFor();
    await expectNoRawKeys(page);
    await expectAccessible(page);
    await shot(page, 'stats-partner-fr');
    await page.goto('/manage/stats');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByTestId('outcome-sentence').count()).toBe(0);
    await expectAccessible(page);
  });

  it('a visitor answers the general questionnaire on a feedback tablet', async () => {
    const page = await (await newContext(browser, url, { width: 420 })).newPage();
    await page.goto('/feedback/site/brussels');
    await page.getByRole('heading', { level: 1, name: 'Votre avis' }).waitFor();
    await page.getByRole('group', { name: /satisfait·e de votre visite/ }).waitFor();
    await expectAccessible(page);
    await page.getByRole('radio', { name: 'Très satisfait·e' }).check();
    await page.getByLabel(/Un commentaire/).fill('Très bien, écrivez-moi à jan@example.be');
    await shot(page, 'feedback-tablet-fr');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.getByText('Merci pour votre avis !').waitFor();
    await page.getByText(/données personnelles/).waitFor();
    await expectAccessible(page);
  });
});
