import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginPage } from './pages/login-page.js';
import { expectAccessible, expectNoRawKeys } from './support/axe.js';
import { launchBrowser, newContext } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';

/** A local SMTP sink (never the network): the promoted client's e-mail lands here. */
const inbox: { to: string; body: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      inbox.push({
        to: session.envelope.rcptTo.map((r) => r.address).join(','),
        body: Buffer.concat(chunks).toString(),
      });
      callback();
    });
  },
});

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  smtp.listen(0, '127.0.0.1');
  await once(smtp.server, 'listening');
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** A weekday three weeks ahead (past the demo fortnight), as YYYY-MM-DD. */
function tuesdayInThreeWeeks() {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + ((2 - d.getUTCDay() + 7) % 7 || 7) + 14);
  return d.toISOString().slice(0, 10);
}

async function signedIn(email: string, width?: number): Promise<Page> {
  const context = await newContext(browser, server.url, width ? { width } : {});
  const page = await context.newPage();
  await new LoginPage(page).signIn(email);
  return page;
}

/** The partner's bookings and events screen. */
class PartnerBookingsPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto('/partner');
    await this.page.getByRole('link', { name: 'Réservations de salles' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Réservations de salles' }).waitFor();
  }
  async requestRoom(room: string, title: string, date: string) {
    const form = this.page.getByRole('form', { name: 'Demander une salle' });
    await form.getByLabel('Salle').selectOption({ label: room });
    await form.getByLabel('Objet').fill(title);
    await form.getByLabel('Date').first().fill(date);
    await form.getByRole('button', { name: 'Envoyer la demande' }).click();
    await form.getByRole('status').filter({ hasText: 'Demande envoyée' }).waitFor();
  }
  async publishWorkshop(booking: string, capacity: number) {
    const form = this.page.getByRole('form', { name: 'Publier un événement' });
    const option = form.getByLabel('Réservation approuvée').locator('option', { hasText: booking });
    await form.getByLabel('Réservation approuvée').selectOption((await option.getAttribute('value')) ?? '');
    const texts = {
      FR: ['Atelier CV', 'Votre CV relu en petit groupe.'],
      NL: ['Workshop cv', 'Je cv nagelezen in een kleine groep.'],
      EN: ['CV workshop', 'Your CV reviewed in a small group.'],
    };
    for (const [lang, [title, description]] of Object.entries(texts)) {
      await form.getByLabel(`Titre (${lang})`).fill(title as string);
      await form.getByLabel(`Description (${lang})`).fill(description as string);
    }
    await form.getByLabel('Capacité').fill(String(capacity));
    await form.getByRole('button', { name: 'Enregistrer l’événement' }).click();
    await form.getByRole('status').filter({ hasText: 'Événement enregistré' }).waitFor();
  }
}

describe('rooms, a workshop and its registrations, in the browser', () => {
  it('book → approve → publish in three languages → register until the waitlist → cancel promotes → check-in at the door', async () => {
    const date = tuesdayInThreeWeeks();
    // A partner coordinator asks for a room.
    const partner = await signedIn('partner@demo.atrium.example');
    const bookings = new PartnerBookingsPage(partner);
    await bookings.open();
    await expectAccessible(partner);
    await bookings.requestRoom('Atelier 1 (24)', 'Atelier CV', date);
    await expectAccessible(partner);

    // The manager approves it.
    const manager = await signedIn('manager@demo.atrium.example');
    await manager.goto('/manage/bookings');
    await manager.getByRole('heading', { name: 'Demandes en attente de décision' }).waitFor();
    await expectAccessible(manager);
    await manager.getByRole('button', { name: 'Approuver Atelier CV' }).click();
    await manager.getByRole('button', { name: 'Approuver Atelier CV' }).waitFor({ state: 'detached' });
    await manager.context().close();

    // The partner publishes a workshop of 5 places in three languages.
    await partner.reload();
    await partner.getByRole('heading', { level: 1, name: 'Réservations de salles' }).waitFor();
    await bookings.publishWorkshop('Atelier CV', 5);
    await expectAccessible(partner);

    // Clients find it on the agenda and register; four of them through the API to keep the test short.
    const client = await (await newContext(browser, server.url, { width: 390 })).newPage();
    // The JSON-LD block is data, not script: the CSP (script-src 'self') must report nothing.
    const cspReports: string[] = [];
    client.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) cspReports.push(m.text());
    });
    await client.goto('/agenda');
    await client.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    await client.getByLabel('Domaine').waitFor();
    await expectAccessible(client);
    await client.getByLabel('À partir du').fill(date);
    await client.getByRole('button', { name: 'Afficher' }).click();
    await client.getByRole('link', { name: 'Atelier CV' }).click();
    await client.getByRole('heading', { level: 1, name: 'Atelier CV' }).waitFor();
    expect(await client.locator('script[type="application/ld+json"]').count()).toBe(1);
    const jsonLd = JSON.parse((await client.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd).toMatchObject({ '@type': 'Event', name: 'Atelier CV', maximumAttendeeCapacity: 5 });
    expect(cspReports).toEqual([]);
    await expectAccessible(client);
    const eventId = new URL(client.url()).pathname.split('/').pop() as string;
    const tokens: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await client.request.post(`/api/sites/brussels/agenda/events/${eventId}/registrations`, {
        data: { nickname: `Client ${i + 1}` },
      });
      tokens.push(((await r.json()) as { token: string }).token);
    }
    await client.reload();
    await client.getByText('1 places restantes').waitFor();
    await client.getByLabel('Prénom ou pseudo').fill('Amina');
    await client.getByRole('button', { name: 'M’inscrire' }).click();
    await client.getByText('Vous êtes inscrit·e, Amina.').waitFor();
    await expectAccessible(client);

    // The workshop is full: the next one is waitlisted, and leaves an e-mail to be told.
    const waiting = await (await newContext(browser, server.url, { width: 390 })).newPage();
    await waiting.goto(`/agenda/events/${eventId}`);
    await waiting.getByText('Complet — liste d’attente ouverte').first().waitFor();
    await waiting.getByLabel('Prénom ou pseudo').fill('Bram');
    await waiting.getByLabel('E-mail (facultatif)').fill('bram@example.org');
    await waiting.getByRole('button', { name: 'M’inscrire' }).click();
    await waiting.getByText('Vous êtes numéro 1 sur la liste d’attente, Bram.').waitFor();
    await expectAccessible(waiting);

    // Someone cancels with their link; Bram is promoted and told by e-mail.
    await client.goto(`/agenda/registration/${tokens[0]}`);
    await client.getByRole('button', { name: 'Annuler mon inscription' }).click();
    await client.getByText('Cette inscription est annulée.').waitFor();
    await expectAccessible(client);
    await waiting.reload();
    await waiting.getByText('Vous êtes inscrit·e, Bram.').waitFor();
    const mails = inbox.filter((m) => m.to === 'bram@example.org');
    expect(mails.map((m) => m.body).join('\n')).toContain('une place s');

    // At the door, on a phone: the organiser ticks two people and counts one walk-in.
    await partner.setViewportSize({ width: 390, height: 800 });
    await partner.goto('/partner/bookings');
    await partner
      .getByRole('listitem')
      .filter({ hasText: 'Atelier CV' })
      .getByRole('link', { name: 'Accueil' })
      .click();
    await partner.getByRole('heading', { level: 1, name: /Accueil — Atelier CV/ }).waitFor();
    await expectAccessible(partner);
    await partner.getByText('Amina', { exact: true }).click();
    await partner.getByText('Présences : 1').waitFor();
    await partner.getByText('Bram', { exact: true }).click();
    await partner.getByText('Présences : 2').waitFor();
    await partner.getByLabel('Venus sans inscription').fill('1');
    await partner.getByRole('button', { name: 'Enregistrer' }).click();
    await partner.getByText('Présences : 3').waitFor();
    await expectNoRawKeys(partner);
    await expectAccessible(partner);
  }, 300_000);
});
