import type { Page } from 'playwright-core';
import { expectAccessible, expectNoRawKeys } from './axe.js';

export const LANGUAGE_NAMES = { fr: 'Français', nl: 'Nederlands', en: 'English' } as const;
type Lang = keyof typeof LANGUAGE_NAMES;

/** Switches the page through languages with its FR/NL/EN buttons; each time the heading must read right, axe clean. */
export async function checkInLanguages(page: Page, headings: Partial<Record<Lang, string | RegExp>>) {
  for (const [lang, name] of Object.entries(headings) as [Lang, string | RegExp][]) {
    await page.getByRole('button', { name: LANGUAGE_NAMES[lang], exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await expectNoRawKeys(page);
    await expectAccessible(page);
  }
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
}
