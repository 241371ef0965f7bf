import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, LoginPage } from './pages/login-page.js';
import { expectAccessible, expectNoRawKeys } from './support/axe.js';
import { launchBrowser, newContext } from './support/browser.js';
import { expectFieldError, expectPath } from './support/expect-page.js';
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

async function signedIn(email: string): Promise<Page> {
  const context = await newContext(browser, server.url);
  const page = await context.newPage();
  await new LoginPage(page).signIn(email);
  return page;
}

describe('each role lands on its home', () => {
  it.each([
    ['manager', '/manage', 'Vue d’ensemble du centre', 'Règles des files'],
    ['reception', '/reception', 'Accueil', 'Donner un ticket'],
    ['counsellor', '/desk', 'Mon bureau', 'Où travaillez-vous aujourd’hui ?'],
    ['steward', '/steward', 'Espace numérique', /^Demandes d'aide/],
  ] as const)('%s → %s', async (role, home, title, section) => {
    const page = await signedIn(`${role}@demo.atrium.example`);
    await expectPath(page, home);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { name: section }).first().waitFor();
    await expectNoRawKeys(page);
    await expectAccessible(page);
    await page.context().close();
  });

  it('a partner coordinator edits their organisation and may not open the admin app', async () => {
    const page = await signedIn('partner@demo.atrium.example');
    expect(new URL(page.url()).pathname).toBe('/partner');
    await page.getByRole('heading', { name: 'Notre personnel' }).waitFor();
    await expectAccessible(page);
    const name = page.getByRole('group', { name: 'Nom', exact: true }).getByLabel('Français');
    await name.fill('Partenaire renommé');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Votre organisation a été mise à jour.' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Notre personnel' }).waitFor();
    expect(await name.inputValue()).toBe('Partenaire renommé');

    await page.goto('/admin');
    await page.getByRole('heading', { level: 1, name: 'Accès non autorisé' }).waitFor();
    await expectAccessible(page);
    await page.context().close();
  });
});

describe('sign-in', () => {
  it('shows the problem clearly and keeps what was typed', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.submit('not-an-email', 'x');
    await expectFieldError(login.email);
    expect(await login.email.inputValue()).toBe('not-an-email');
    await expectAccessible(page);
    await login.submit('admin@demo.atrium.example', 'wrong password');
    await login.alert.waitFor();
    expect(((await login.alert.textContent()) ?? '').length).toBeGreaterThan(5);
    expect(await login.email.inputValue()).toBe('admin@demo.atrium.example');
    await expectAccessible(page);
    await context.close();
  });

  it('works with the keyboard only, up to the admin staff list', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Adresse e-mail').waitFor();
    await tabUntil(page, (el) => el.getAttribute('name') === 'email');
    await page.keyboard.type('admin@demo.atrium.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await expectPath(page, '/admin/staff');
    await tabUntil(page, (el) => el.textContent === 'Organisations');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Organisations' }).waitFor();
    await tabUntil(page, (el) => el.textContent === 'Comptes du personnel');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Comptes du personnel' }).waitFor();
    await page.getByRole('row').nth(5).waitFor();
    await expectAccessible(page);
    await context.close();
  });
});

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabUntil(page: Page, match: (el: Element) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const ok = await page.evaluate(`(${match.toString()})(document.activeElement)`);
    if (ok) return;
  }
  throw new Error('focus never reached the element');
}
