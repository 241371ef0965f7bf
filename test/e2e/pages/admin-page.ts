import type { Page } from 'playwright-core';
import { expectAccessible } from '../support/axe.js';

/** The admin app: its sections, the generic list/new/edit screens and the devices screen. */
export class AdminPage {
  constructor(private readonly page: Page) {}

  async open(path: string, heading: string) {
    await this.page.goto(`/admin/${path}`);
    await this.page.getByRole('heading', { name: heading, level: 2 }).waitFor();
    await expectAccessible(this.page);
  }

  async startNew(linkName: string) {
    await this.page.getByRole('link', { name: linkName }).click();
    await this.page.getByRole('heading', { name: linkName, level: 2 }).waitFor();
    await expectAccessible(this.page);
  }

  group(name: string) {
    return this.page.getByRole('group', { name, exact: true });
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async fillLocalized(group: string, texts: { fr: string; nl: string; en: string }) {
    const g = this.group(group);
    await g.getByLabel('Français').fill(texts.fr);
    await g.getByLabel('Nederlands').fill(texts.nl);
    await g.getByLabel('English').fill(texts.en);
  }

  async check(groupOrNull: string | null, label: string) {
    const scope = groupOrNull ? this.group(groupOrNull) : this.page;
    const box = scope.getByRole('checkbox', { name: label, exact: true });
    // The native input is visually hidden inside its label, as in react-aria: click the label, like a person.
    const inLabel = this.page.getByRole('checkbox', { name: label, exact: true });
    await scope.locator('label').filter({ has: inLabel }).click();
    await box.and(this.page.locator(':checked')).waitFor({ state: 'attached' });
  }

  async submit(name: string) {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  /** After a save the list comes back with a "Saved." notice; the search finds the new row. */
  async expectSavedWithRow(rowText: string) {
    await this.page.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();
    await this.page.getByLabel('Rechercher', { exact: true }).fill(rowText);
    await this.page.getByRole('row').filter({ hasText: rowText }).first().waitFor();
    await expectAccessible(this.page);
  }

  oneTimeValue() {
    return this.page.getByTestId('one-time-value');
  }
}
