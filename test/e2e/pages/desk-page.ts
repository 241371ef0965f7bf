import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/axe.js';
import { chooseWithKeyboard, pressKey } from '../support/keyboard.js';

/** The counsellor's desk, used with the keyboard only. */
export class DeskPage {
  constructor(readonly page: Page) {}

  button(name: string | RegExp) {
    return this.page.getByRole('button', { name });
  }
  get status() {
    return this.page.locator('[role="status"][aria-live="polite"]').first();
  }

  async open(deskLabel: string, labels: { desk: string; open: string }) {
    await chooseWithKeyboard(this.page.getByLabel(labels.desk, { exact: true }), deskLabel);
    await pressKey(this.button(labels.open));
  }

  async press(name: string | RegExp) {
    await pressKey(this.button(name));
  }

  async announced(text: string | RegExp) {
    await this.status.filter({ hasText: text }).waitFor();
  }

  async check() {
    await expectAccessible(this.page);
  }
}
