import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminPage } from './pages/admin-page.js';
import { LoginPage } from './pages/login-page.js';
import { expectAccessible } from './support/axe.js';
import { launchBrowser, newContext } from './support/browser.js';
import { expectFieldError, expectPath } from './support/expect-page.js';
import { startServer, type TestServer } from './support/server.js';

let server: TestServer;
let browser: Browser;
let page: Page;
let admin: AdminPage;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const context = await newContext(browser, server.url);
  page = await context.newPage();
  admin = new AdminPage(page);
  await new LoginPage(page).signIn('admin@demo.atrium.example');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('administrator', () => {
  it('lands on the admin app', async () => {
    await expectPath(page, '/admin/staff');
    await expectAccessible(page);
  });

  it('bad input shows a message next to each field and keeps what was typed', async () => {
    await admin.open('organisations', 'Organisations');
    await admin.startNew('Nouvelle organisation');
    await admin.field('Nom court (slug)').fill('Pas Un Slug');
    await admin.fillLocalized('Nom', { fr: 'Maison de l’emploi', nl: 'Werkhuis', en: '' });
    await admin.field('Site web').fill('pas-une-adresse');
    await admin.submit('Créer');
    await page.getByRole('alert').filter({ hasText: 'Champs à vérifier' }).waitFor();
    await expectFieldError(admin.field('Nom court (slug)'));
    await expectFieldError(admin.group('Nom').getByLabel('English'));
    await expectFieldError(admin.field('Site web'));
    expect(await admin.field('Nom court (slug)').inputValue()).toBe('Pas Un Slug');
    expect(await admin.group('Nom').getByLabel('Français').inputValue()).toBe('Maison de l’emploi');
    await expectAccessible(page);
  });

  it('creates an organisation', async () => {
    await admin.field('Nom court (slug)').fill('maison-emploi');
    await admin.group('Nom').getByLabel('English').fill('Job House');
    await admin.field('Site web').fill('https://maison-emploi.example');
    await admin.field('Part du financement (%)').fill('5');
    await admin.submit('Créer');
    await admin.expectSavedWithRow('Maison de l’emploi');
  });

  it('creates a staff account and shows the one-time reset link', async () => {
    await admin.open('staff', 'Comptes du personnel');
    await admin.startNew('Nouveau compte');
    await admin.field('Nom').fill('Nora Testeur');
    await admin.field('Adresse e-mail').fill('nora.testeur@demo.atrium.example');
    await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Maison de l’emploi' });
    await admin.check('Cité des Métiers de Bruxelles', 'Conseiller');
    await admin.check('Langues parlées avec le public', 'Français');
    await admin.check('Langues parlées avec le public', 'Nederlands');
    await admin.check('Domaines d’expertise', 'Trouver un emploi');
    await admin.field('Formation Cité des Métiers suivie le').fill('2026-01-15');
    await admin.submit('Créer');
    await page.getByRole('heading', { name: 'Compte créé pour Nora Testeur' }).waitFor();
    expect((await admin.oneTimeValue().textContent()) ?? '').toContain('/reset-password#token=');
    await expectAccessible(page);
  });

  it('creates a desk and a room', async () => {
    await admin.open('site/brussels/desks', 'Bureaux');
    await admin.startNew('Nouveau bureau');
    await admin.field('Numéro').fill('99');
    await admin.field('Libellé').fill('Bureau 99');
    await admin.submit('Créer');
    await admin.expectSavedWithRow('Bureau 99');

    await admin.open('site/brussels/rooms', 'Salles');
    await admin.startNew('Nouvelle salle');
    await admin.field('Nom').fill('Salle Atelier');
    await admin.field('Capacité (personnes)').fill('24');
    await admin.check('Équipement', 'Projecteur');
    await admin.submit('Créer');
    await admin.expectSavedWithRow('Salle Atelier');
  });

  it('marks a station out of order and finds it with the filter', async () => {
    await admin.open('site/brussels/stations', 'Postes');
    await page.getByRole('link', { name: 'Modifier PC-07' }).click();
    await page.getByRole('heading', { name: 'Modifier : PC-07' }).waitFor();
    await expectAccessible(page);
    await admin.check(null, 'Hors service');
    await admin.field('Note (ce qui ne va pas)').fill('Écran cassé');
    await admin.submit('Enregistrer');
    await page.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();
    await page.getByLabel('État', { exact: true }).selectOption({ label: 'Hors service' });
    const rows = page.getByRole('row').filter({ hasText: 'Écran cassé' });
    await rows.first().waitFor();
    expect((await rows.first().textContent()) ?? '').toContain('PC-07');
    await expectAccessible(page);
  });
});
