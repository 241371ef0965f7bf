import type { Page } from 'playwright-core';
import type { TicketView } from '../../../src/common/visits/schemas.js';
import { expectAccessible, expectNoRawKeys } from '../support/axe.js';

/** The entrance kiosk, driven like a visitor would (touch = click). */
export class KioskPage {
  constructor(readonly page: Page) {}

  async enrol(code: string) {
    await this.page.goto('/kiosk');
    await this.page.getByLabel('Code d’enregistrement').fill(code);
    await this.page.getByRole('button', { name: 'Enregistrer cet appareil' }).click();
  }

  language(name: 'Français' | 'Nederlands' | 'English') {
    return this.page.getByRole('button', { name: new RegExp(name) });
  }

  async check() {
    await expectNoRawKeys(this.page);
    await expectAccessible(this.page);
  }

  /** Picks the field and skips the questions; returns the ticket the server issued. */
  async takeTicket(field: string, skip: string): Promise<TicketView> {
    await this.page.getByRole('button', { name: new RegExp(`^${field}`) }).click();
    await this.page.getByRole('button', { name: skip }).waitFor();
    await this.check();
    const issued = this.page.waitForResponse((r) => r.url().endsWith('/api/kiosk/tickets') && r.status() === 201);
    await this.page.getByRole('button', { name: skip }).click();
    return (await (await issued).json()) as TicketView;
  }
}
