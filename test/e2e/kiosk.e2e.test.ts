import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { KioskPage } from './pages/kiosk-page.js';
import { LoginPage } from './pages/login-page.js';
import { expectAccessible } from './support/axe.js';
import { launchBrowser, newContext } from './support/browser.js';
import { checkInLanguages, shot } from './support/languages.js';
import { startServer, type TestServer } from './support/server.js';
import { brusselsTime, openAllDay, StaffApi, setHours } from './support/staff-api.js';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let admin: StaffApi;
let kiosk: KioskPage;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await StaffApi.signIn(server.url, 'admin@demo.atrium.example');
  context = await newContext(browser, server.url, { width: 1024 });
  kiosk = new KioskPage(await context.newPage());
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('kiosk', () => {
  it('says plainly when tickets stop before closing, and when the centre is closed', async () => {
    await setHours(admin, { open: '00:00', close: brusselsTime(10) }, 30);
    await kiosk.enrol(server.deviceCodes.find((d) => d.kind === 'kiosk')?.code ?? '');
    await kiosk.page.getByRole('heading', { level: 1, name: 'Plus de tickets aujourd’hui' }).waitFor();
    await kiosk.page.getByText(/peu avant la fermeture/).waitFor();
    await kiosk.check();
    await shot(kiosk.page, 'kiosk-closing');

    await setHours(admin, null, 0);
    await kiosk.page.getByRole('heading', { level: 1, name: 'Le centre est fermé' }).waitFor();
    await checkInLanguages(kiosk.page, { nl: 'Het centrum is nu gesloten' });
    await kiosk.page.getByText('Kom terug tijdens onze openingsuren. Zonder afspraak.').waitFor();
  });

  it('goes back to the start after 30 seconds without a touch, and says so before', async () => {
    await openAllDay(admin);
    await kiosk.page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    await kiosk.page.clock.install();
    await kiosk.language('Français').click();
    await kiosk.page.getByRole('heading', { level: 1, name: 'Pour quoi pouvons-nous vous aider ?' }).waitFor();
    await kiosk.page.clock.fastForward(21_000);
    await kiosk.page
      .getByRole('timer')
      .filter({ hasText: /revient au début dans \d+ s/ })
      .waitFor();
    await kiosk.check();
    await shot(kiosk.page, 'kiosk-idle');
    await kiosk.page.clock.fastForward(10_000);
    await kiosk.page.getByRole('heading', { level: 1, name: 'Bienvenue · Welkom · Welcome' }).waitFor();
    await kiosk.check();
  });
});

describe('manage', () => {
  it('the manager sets the queue rules', async () => {
    const staffContext = await newContext(browser, server.url);
    const page = await staffContext.newPage();
    await new LoginPage(page).signIn('manager@demo.atrium.example');
    await page.getByRole('heading', { name: 'Règles des files' }).waitFor();
    await page.getByLabel('Rappels avant « absent »').selectOption('3');
    await page.getByRole('button', { name: 'Ajouter une proportion' }).click();
    await page.getByRole('button', { name: 'Enregistrer les règles des files' }).click();
    await page.getByText('Règles des files enregistrées.').waitFor();
    await expectAccessible(page);
    const saved = await admin.call<{ recallLimit: number; ratios: unknown[] }>(
      'GET',
      '/api/sites/brussels/visit-settings',
    );
    if (saved.recallLimit !== 3 || saved.ratios.length !== 1) throw new Error(`not saved: ${JSON.stringify(saved)}`);
    await checkInLanguages(page, { nl: /./, en: /./ });
    await staffContext.close();
  });
});
