import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/axe.js';

export const DEMO_PASSWORD = 'atrium-demo-2026';

/** The sign-in page is the same page every time: axe judges it once per test file, not at every sign-in. */
let scanned = false;

/** The staff sign-in page (French labels: the test browsers prefer French). */
export class LoginPage {
  constructor(private readonly page: Page) {}

  get email() {
    return this.page.getByLabel('Adresse e-mail');
  }
  get password() {
    return this.page.getByLabel('Mot de passe', { exact: true });
  }
  get alert() {
    return this.page.getByRole('alert');
  }

  async open() {
    await this.page.goto('/login');
    await this.email.waitFor();
    if (!scanned) {
      await expectAccessible(this.page);
      scanned = true;
    }
  }

  async submit(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.page.getByRole('button', { name: 'Se connecter' }).click();
  }

  /** Signs in and waits until the person's home app has loaded. */
  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.open();
    await this.submit(email, password);
    await this.page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }
}
