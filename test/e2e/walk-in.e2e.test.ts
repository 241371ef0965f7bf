import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../../src/common/schemas/sites/staff.js';
import type { TicketView } from '../../src/common/visits/schemas.js';
import { DeskPage } from './pages/desk-page.js';
import { KioskPage } from './pages/kiosk-page.js';
import { LoginPage } from './pages/login-page.js';
import { expectAccessible, expectNoRawKeys } from './support/axe.js';
import { launchBrowser, newContext } from './support/browser.js';
import { pressKey, typeInto } from './support/keyboard.js';
import { checkInLanguages, shot } from './support/languages.js';
import { startServer, type TestServer } from './support/server.js';
import { openAllDay, StaffApi } from './support/staff-api.js';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let secondCounsellor = '';

async function tab(width = 1280): Promise<Page> {
  const context = await newContext(browser, server.url, { width });
  contexts.push(context);
  return context.newPage();
}
const code = (name: string) => server.deviceCodes.find((d) => d.kind === name)?.code ?? '';

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const admin = await StaffApi.signIn(server.url, 'admin@demo.atrium.example');
  await openAllDay(admin);
  const staff = await admin.call<Staff[]>('GET', '/api/staff');
  const found = staff.find(
    (s) =>
      s.active &&
      s.email !== 'counsellor@demo.atrium.example' &&
      s.siteRoles.some((r) => r.roles.includes('counsellor')) &&
      s.fields.includes('train') &&
      s.languages.includes('en'),
  );
  if (!found) throw new Error('no demo counsellor serves "train" in English');
  secondCounsellor = found.email;
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

describe('walk-in journey', () => {
  let kiosk: KioskPage;
  let reception: Page;
  let display: Page;
  let phone: Page;
  let desk: DeskPage;
  let ticket: TicketView;

  it('reception watches the queues; the kiosk gives an English ticket with a QR code; the count goes up live', async () => {
    reception = await tab(1400);
    await new LoginPage(reception).signIn('reception@demo.atrium.example');
    await reception.goto('/reception');
    await reception.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
    const workEn = reception.getByRole('row', { name: /Trouver un emploi EN/ });
    await expect.poll(() => workEn.locator('td').first().textContent()).toBe('0');
    await expectAccessible(reception);

    kiosk = new KioskPage(await tab(1024));
    await kiosk.enrol(code('kiosk'));
    await kiosk.language('English').waitFor();
    await kiosk.check();
    await shot(kiosk.page, 'kiosk-1-language');
    await kiosk.language('English').click();
    await kiosk.page.getByRole('heading', { level: 1, name: 'What can we help you with?' }).waitFor();
    await kiosk.check();
    await shot(kiosk.page, 'kiosk-2-field');
    ticket = await kiosk.takeTicket('Find a job', 'Skip and get my ticket');
    expect(ticket.code).toMatch(/^W \d{3}$/);
    expect(ticket.language).toBe('en');
    await kiosk.page.getByRole('heading', { name: ticket.code }).waitFor();
    await kiosk.page.getByRole('img', { name: 'QR code to follow your turn on your phone' }).first().waitFor();
    await kiosk.page
      .getByText(/A counsellor will be with you as soon as possible|About \d+/)
      .first()
      .waitFor();
    await kiosk.page.getByText('Waiting area (B)').first().waitFor();
    await kiosk.check();
    await shot(kiosk.page, 'kiosk-3-ticket');
    await kiosk.page.emulateMedia({ media: 'print' });
    await shot(kiosk.page, 'kiosk-4-print');
    await kiosk.page.emulateMedia({ media: 'screen' });

    await expect.poll(() => workEn.locator('td').first().textContent()).toBe('1');
  });

  it('reception gives a ticket for another field and language, then checks every language', async () => {
    await reception.getByLabel('Domaine', { exact: true }).selectOption({ label: 'Choisir un métier' });
    await reception.getByLabel('Langue', { exact: true }).selectOption('fr');
    await reception.getByRole('button', { name: 'Donner le ticket' }).click();
    await reception.getByRole('heading', { name: /^Ticket C \d{3}$/ }).waitFor();
    await reception.getByRole('row', { name: /C \d{3}/ }).waitFor();
    await shot(reception, 'reception');
    await checkInLanguages(reception, { nl: 'Onthaal', en: 'Reception', fr: 'Accueil' });
  });

  it('the display and the phone follow; the counsellor opens a desk and calls next with the keyboard only', async () => {
    display = await tab(1920);
    await display.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      Object.assign(window, { spoken });
      window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
        spoken.push({ text: u.text, lang: u.lang });
      };
    });
    await display.goto('/display');
    await display.getByLabel('Code d’enregistrement').fill(code('display'));
    await display.getByRole('button', { name: 'Enregistrer cet appareil' }).click();
    await display.getByRole('button', { name: 'Activer le son' }).click();
    await display.getByRole('heading', { name: 'Appel en cours' }).waitFor();
    await expectAccessible(display);

    phone = await tab(390);
    await phone.goto(`/t/${ticket.token}`);
    await phone.getByText(ticket.code).waitFor();
    await phone.getByText(/Vous êtes n° \d+ dans la file/).waitFor();
    await phone.getByRole('button', { name: 'Me prévenir quand c’est mon tour' }).waitFor();
    await expectNoRawKeys(phone);
    await expectAccessible(phone);
    await shot(phone, 'phone-waiting');

    const page = await tab(1280);
    desk = new DeskPage(page);
    await new LoginPage(page).signIn('counsellor@demo.atrium.example');
    await page.getByRole('heading', { level: 1, name: 'Mon bureau' }).waitFor();
    await desk.check();
    await desk.open('Desk 1', { desk: 'Bureau', open: 'Ouvrir ce bureau' });
    await desk.announced('Bureau ouvert.');
    await desk.press('Appeler le suivant');
    await desk.announced(`${ticket.code} appelé.`);
    await page.getByRole('heading', { level: 2, name: ticket.code }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(ticket.code);

    const call = display.locator('.display-call');
    await call.filter({ hasText: ticket.code }).filter({ hasText: 'Bureau 1' }).waitFor();
    const spoken = ticket.code.replace(/ 0+/, ' ');
    await display.waitForFunction(
      (text) => (window as unknown as { spoken: { text: string }[] }).spoken.some((s) => s.text === text),
      `Ticket ${spoken}, desk 1`,
    );
    const voices = await display.evaluate(() => (window as unknown as { spoken: { lang: string }[] }).spoken);
    expect(voices[0]?.lang).toBe('en-GB');
    await expectAccessible(display);
    await shot(display, 'display-call');

    await phone.getByText('C’est votre tour !').waitFor();
    await phone.getByText('Allez au bureau 1').waitFor();
    await expectAccessible(phone);
    await shot(phone, 'phone-called');
  });

  it('the counsellor recalls, starts, and a transfer note with a phone number is refused', async () => {
    const page = desk.page;
    await desk.press(/^Rappeler/);
    await desk.announced(`${ticket.code} rappelé.`);
    await desk.press('Commencer l’entretien');
    await desk.announced(`Entretien avec ${ticket.code} commencé.`);
    await page.getByText(/Durée de l’entretien \(limite 30 min\)/).waitFor();
    await desk.check();
    await shot(page, 'desk-in-session');

    await desk.press('Transférer');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel('Vers le domaine').focus();
    await dialog.getByLabel('Vers le domaine').selectOption({ label: 'Se former' });
    const note = dialog.getByLabel('Note de transmission (facultative)');
    await typeInto(note, 'Appeler au 0470 12 34 56 pour le CV');
    await dialog.getByText(/Cela ressemble à une donnée personnelle \(un numéro de téléphone\)/).waitFor();
    await expectAccessible(page);
    await pressKey(dialog.getByRole('button', { name: 'Transférer' }));
    await dialog
      .getByRole('alert')
      .filter({ hasText: /donnée/ })
      .waitFor();
    await typeInto(note, 'Souhaite un atelier CV avant la formation');
    await pressKey(dialog.getByRole('button', { name: 'Transférer' }));
    await dialog.waitFor({ state: 'detached' });
    await desk.announced(`${ticket.code} transféré vers Se former.`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Appeler le suivant');
    await checkInLanguages(page, { nl: 'Mijn balie', en: 'My desk', fr: 'Mon bureau' });
  });

  it('a second counsellor calls the transferred ticket, sees the note and ends with an outcome; the phone offers feedback', async () => {
    const page = await tab(1280);
    const second = new DeskPage(page);
    await new LoginPage(page).signIn(secondCounsellor);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'My desk' }).waitFor();
    await second.open('Desk 2', { desk: 'Desk', open: 'Open this desk' });
    await second.announced('Desk opened.');
    await second.press('Call next');
    await second.announced(`${ticket.code} called.`);
    await page.getByText('Transferred from a colleague').waitFor();
    await page.getByText('Souhaite un atelier CV avant la formation').waitFor();
    await display.locator('.display-call').filter({ hasText: 'Bureau 2' }).waitFor();
    await second.press('Start the session');
    await second.announced(`Session with ${ticket.code} started.`);
    // The desk can show the questionnaire as a QR code for the client's own phone.
    await second.press('Questionnaire QR code');
    const qr = page.getByRole('dialog', { name: 'Your opinion counts' });
    await qr.getByRole('img', { name: 'QR code of the satisfaction questionnaire' }).waitFor();
    await expectAccessible(page);
    await qr.getByRole('button', { name: 'Close' }).click();
    await qr.waitFor({ state: 'detached' });
    await second.press('End the session');
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Information given').click();
    await expectAccessible(page);
    await pressKey(dialog.getByRole('button', { name: 'End the session' }));
    await second.announced(`Session with ${ticket.code} ended.`);

    await phone.getByRole('link', { name: 'Dites-nous comment ça s’est passé' }).waitFor();
    await expectAccessible(phone);
    await shot(phone, 'phone-done');
    await checkInLanguages(phone, { nl: 'Mijn beurt volgen', en: 'Follow your turn' });
    await phone.getByRole('link', { name: 'Tell us how it went' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Your opinion' }).waitFor();
    await expectAccessible(phone);
    await checkInLanguages(phone, { fr: 'Votre avis' });
  });

  it('the display reads in Dutch and English too', async () => {
    for (const [lang, heading] of [
      ['nl', 'Nu aan de beurt'],
      ['en', 'Now calling'],
    ] as const) {
      await display.evaluate((l) => localStorage.setItem('atrium_lang', l), lang);
      await display.reload();
      await display.getByRole('heading', { name: heading }).waitFor();
      await display.locator('.display-last-list, .display-call').first().waitFor();
      await expectNoRawKeys(display);
      await expectAccessible(display);
    }
  });
});
