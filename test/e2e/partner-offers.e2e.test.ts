import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginPage } from './pages/login-page.js';
import { expectAccessible, expectNoRawKeys } from './support/axe.js';
import { launchBrowser, newContext } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';
import { expectFieldError } from './support/expect-page.js';
import { checkInLanguages, shot } from './support/languages.js';

/** A feed with two good rows and one without any title. */
const FEED = [
  'source_id,kind,title_fr,title_nl,title_en,languages,closes_on,employer,provider,place',
  'F1,training,Soudure semi-automatique,Halfautomatisch lassen,Semi-automatic welding,fr nl,,,Bruxelles Formation,Anderlecht',
  'F2,vacancy,Aide-boulanger (H/F/X),,,fr,2099-12-31,Boulangerie Demo,,Ixelles',
  'F3,service,,,,fr,,,,',
].join('\n');

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ esco: true }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signedIn(email: string, width?: number): Promise<Page> {
  const context = await newContext(browser, server.url, width ? { width } : {});
  const page = await context.newPage();
  // A step that cannot happen fails within 45 s, naming its locator, rather than at the journey's end.
  page.setDefaultTimeout(45_000);
  await new LoginPage(page).signIn(email);
  return page;
}

/** The partner's offer screens, in French. */
class OffersPage {
  constructor(readonly page: Page) {}
  form() {
    return this.page.getByRole('form', { name: 'L’offre' });
  }
  async linkOccupation(words: string, option: string) {
    await this.form().getByRole('searchbox', { name: 'Ajouter un métier' }).fill(words);
    await this.form()
      .getByRole('list', { name: 'Résultats pour « Ajouter un métier »' })
      .getByRole('button', { name: option })
      .click();
    await this.form().getByRole('list', { name: 'Métiers liés' }).getByText(option).waitFor();
  }
}

describe('partner offers, feed import and tag curation, in the browser', () => {
  it('a coordinator creates a training in three languages and imports a feed; a manager tags a shortage occupation', async () => {
    // The partner home leads to the offers; nothing there promises what is not built.
    const partner = await signedIn('partner@demo.atrium.example');
    await partner.getByRole('link', { name: 'Nos offres' }).first().click();
    await partner.getByRole('heading', { level: 1, name: 'Nos offres' }).waitFor();
    await expectAccessible(partner);
    await partner.getByRole('link', { name: 'Nouvelle offre' }).click();
    await partner.getByRole('heading', { level: 1, name: 'Nouvelle offre' }).waitFor();
    await expectAccessible(partner);
    const offers = new OffersPage(partner);
    const form = offers.form();

    // Saving without a title: the server's field error sits at the field, linked to it.
    await form.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await form.getByRole('alert').waitFor();
    expect(await expectFieldError(form.getByLabel('Titre (FR)'))).toMatch(/obligatoire|requis/i);
    await expectAccessible(partner);

    const texts = {
      FR: ['Boulangerie artisanale', 'Pains, viennoiseries et levain, en atelier.'],
      NL: ['Ambachtelijke bakkerij', 'Brood, koffiekoeken en zuurdesem, in het atelier.'],
      EN: ['Artisan baking', 'Bread, pastries and sourdough, in the workshop.'],
    };
    for (const [lang, [title, description]] of Object.entries(texts)) {
      await form.getByLabel(`Titre (${lang})`).fill(title as string);
      await form.getByLabel(`Description (${lang})`).fill(description as string);
    }
    await form.getByLabel('Organisme').fill('EFP');
    await form.getByLabel('Lieu').fill('Bruxelles');
    await form.getByLabel('Coût').fill('Gratuit pour les chercheurs d’emploi');
    await form.getByLabel('Lien pour s’inscrire ou postuler').fill('https://example.org/inscription');
    await offers.linkOccupation('boulanger', 'boulanger/boulangère');
    await form.getByLabel('État').selectOption('published');
    await shot(partner, 'offer-form-desktop');
    await expectAccessible(partner);
    await form.getByRole('button', { name: 'Enregistrer et publier' }).click();

    await partner.getByRole('status').filter({ hasText: '« Boulangerie artisanale » est enregistrée.' }).waitFor();
    const row = partner.getByRole('row', { name: /Boulangerie artisanale/ });
    await row.getByText('Publiée').waitFor();
    await row.getByText('FR, NL, EN complètes').waitFor();
    await expectAccessible(partner);

    // Import a feed file with one bad row: two offers in, the bad row listed with its reason.
    await partner.getByRole('link', { name: 'Importer un flux' }).click();
    await partner.getByRole('heading', { level: 1, name: 'Importer des offres' }).waitFor();
    await expectAccessible(partner);
    await partner.getByLabel('Fichier', { exact: true }).setInputFiles({
      name: 'bruxelles-formation.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(FEED),
    });
    await partner.getByRole('button', { name: 'Importer', exact: true }).click();
    await partner
      .getByRole('status')
      .filter({ hasText: '2 offres créées, 0 mises à jour, 1 lignes refusées.' })
      .waitFor();
    // The reason is worded in the reader's language (the server sends a code), here and after a switch.
    const rejected = partner.getByRole('table', { name: 'Lignes refusées (1)' });
    await rejected.getByRole('row', { name: '4 F3 Titre : manquant (obligatoire).' }).waitFor();
    await shot(partner, 'feed-report-desktop');
    await expectAccessible(partner);
    await checkInLanguages(partner, { nl: 'Aanbod importeren' });
    await partner
      .getByRole('table', { name: 'Geweigerde rijen (1)' })
      .getByRole('row', { name: '4 F3 Titel: ontbreekt (verplicht).' })
      .waitFor();
    await shot(partner, 'feed-report-nl');
    await checkInLanguages(partner, { en: 'Import offers', fr: 'Importer des offres' });

    // The list shows the imported offers, an untranslated one flagged.
    await partner.getByRole('link', { name: '← Toutes nos offres' }).click();
    await partner
      .getByRole('row', { name: /Aide-boulanger/ })
      .getByText('Manque : NL, EN')
      .waitFor();
    await shot(partner, 'offer-list-desktop');
    await checkInLanguages(partner, { nl: 'Ons aanbod', en: 'Our offers', fr: 'Nos offres' });

    // On a phone: the list and the form are usable at 390 px.
    const phone = partner;
    await phone.setViewportSize({ width: 390, height: 900 });
    await phone.goto('/partner/offers');
    await phone.getByRole('row', { name: /Boulangerie artisanale/ }).waitFor();
    await shot(phone, 'offer-list-phone');
    await expectAccessible(phone);
    await phone.getByRole('link', { name: 'Boulangerie artisanale' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Modifier l’offre' }).waitFor();
    await new OffersPage(phone)
      .form()
      .getByRole('list', { name: 'Métiers liés' })
      .getByText('boulanger/boulangère')
      .waitFor();
    await shot(phone, 'offer-form-phone');
    await expectAccessible(phone);
    await phone.goto('/partner/offers/import');
    await phone.getByRole('heading', { level: 1, name: 'Importer des offres' }).waitFor();
    await shot(phone, 'feed-import-phone');
    await expectAccessible(phone);
    await phone.setViewportSize({ width: 1280, height: 900 });

    // The manager tags a shortage occupation from the manager home.
    const manager = await signedIn('manager@demo.atrium.example');
    await manager.getByRole('link', { name: 'Métiers porteurs et en pénurie' }).click();
    await manager.getByRole('heading', { level: 1, name: 'Métiers porteurs et en pénurie' }).waitFor();
    await expectAccessible(manager);
    // Keyboard only: type, then Enter takes the first match.
    await manager.getByRole('searchbox', { name: 'Métier' }).fill('plombier');
    await manager.getByRole('button', { name: 'plombier/plombière' }).waitFor();
    await manager.getByRole('searchbox', { name: 'Métier' }).press('Enter');
    await manager.getByLabel('Étiquette', { exact: true }).selectOption('shortage');
    await manager.getByLabel('Source', { exact: true }).fill('Actiris — fonctions critiques');
    await manager.getByLabel('Année', { exact: true }).fill('2025');
    await manager.getByRole('button', { name: 'Enregistrer l’étiquette' }).click();
    await manager.getByRole('status').filter({ hasText: '« plombier/plombière » est étiqueté.' }).waitFor();
    const tagRow = manager.getByRole('row', { name: /plombier\/plombière/ });
    await tagRow.getByText('Liste régionale des métiers en pénurie').waitFor();
    await tagRow.getByText('Actiris — fonctions critiques').waitFor();
    await shot(manager, 'tags-desktop');
    await expectAccessible(manager);
    await checkInLanguages(manager, {
      nl: 'Groeiberoepen en knelpuntberoepen',
      en: 'Growth and shortage occupations',
      fr: 'Métiers porteurs et en pénurie',
    });
    await expectNoRawKeys(manager);
    const tagPhone = manager;
    await tagPhone.setViewportSize({ width: 390, height: 900 });
    await tagPhone.reload();
    await tagPhone.getByRole('row', { name: /plombier\/plombière/ }).waitFor();
    await shot(tagPhone, 'tags-phone');
    await expectAccessible(tagPhone);
  }, 480_000);
});
