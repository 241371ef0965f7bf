import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminPage } from './pages/admin-page.js';
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

describe('devices', () => {
  it('admin enrols a kiosk, the kiosk claims the code, a revoke sends it back to enrolment', async () => {
    const adminContext = await newContext(browser, server.url);
    const adminTab = await adminContext.newPage();
    const admin = new AdminPage(adminTab);
    await new LoginPage(adminTab).signIn('admin@demo.atrium.example');
    await admin.open('site/brussels/devices', 'Appareils');
    await adminTab.getByLabel('Type d’appareil').selectOption('kiosk');
    await adminTab.getByLabel('Libellé (où il se trouve)').fill('Borne test');
    await admin.submit('Enregistrer et afficher le code');
    const code = ((await admin.oneTimeValue().textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z0-9]{4}-?[A-Z0-9]{4}$/);
    await expectAccessible(adminTab);

    const kioskContext = await newContext(browser, server.url, { width: 1024 });
    const kiosk = await kioskContext.newPage();
    await kiosk.goto('/kiosk');
    const codeField = kiosk.getByLabel('Code d’enregistrement');
    await codeField.waitFor();
    expect(await kiosk.getByLabel('Mot de passe').count()).toBe(0);
    await expectAccessible(kiosk);
    await codeField.fill('ZZZZ-ZZZZ');
    await kiosk.getByRole('button', { name: 'Enregistrer cet appareil' }).click();
    await kiosk.getByRole('alert').waitFor();
    expect(await codeField.inputValue()).toBe('ZZZZ-ZZZZ');
    await codeField.fill(code);
    await kiosk.getByRole('button', { name: 'Enregistrer cet appareil' }).click();
    // Language first when queues are open; a plain "closed" message outside opening hours.
    await kiosk.getByRole('heading', { level: 1, name: /Bienvenue|fermé|Plus de tickets/ }).waitFor();
    await expectNoRawKeys(kiosk);
    await expectAccessible(kiosk);
    await kiosk
      .getByRole('button', { name: /Nederlands/ })
      .first()
      .click();
    await kiosk.getByRole('heading', { level: 1, name: /Waarmee|gesloten|geen tickets/ }).waitFor();

    await adminTab.reload();
    await adminTab.getByRole('button', { name: 'Révoquer Borne test' }).click();
    await adminTab.getByRole('button', { name: 'Oui, révoquer Borne test' }).click();
    await adminTab.getByRole('row').filter({ hasText: 'Borne test' }).filter({ hasText: 'Révoqué' }).waitFor();
    await expectAccessible(adminTab);

    await kiosk.reload();
    await kiosk.getByLabel('Registratiecode').waitFor();
    expect(await kiosk.evaluate(() => localStorage.getItem('atrium_device_token'))).toBeNull();
    await kioskContext.close();
    await adminContext.close();
  });

  it('the demo display claims its code and shows the centre and a clock', async () => {
    const display = server.deviceCodes.find((d) => d.kind === 'display');
    const context = await newContext(browser, server.url, { width: 1920 });
    const page = await context.newPage();
    await page.goto('/display');
    await page.getByLabel('Code d’enregistrement').fill(display?.code ?? '');
    await page.getByRole('button', { name: 'Enregistrer cet appareil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cité des Métiers de Bruxelles' }).waitFor();
    await page.locator('time').waitFor();
    await page.getByText('Travailler ailleurs').waitFor();
    await expectAccessible(page);
    await context.close();
  });
});
