import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Waits for the element and checks its text; the wait is the assertion's timeout. */
export async function expectVisible(locator: Locator) {
  await locator.first().waitFor({ state: 'visible' });
}

export async function expectPath(page: Page, path: string) {
  await page.waitForURL((url) => url.pathname === path);
  expect(new URL(page.url()).pathname).toBe(path);
}

/** The field is marked invalid and its message is linked with aria-describedby. */
export async function expectFieldError(field: Locator) {
  await field.and(field.page().locator('[aria-invalid="true"]')).waitFor();
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map(async (id) => (await field.page().locator(`[id="${id}"]`).textContent()) ?? ''),
  );
  expect(texts.join(' ').trim().length, 'linked error message').toBeGreaterThan(0);
  return texts.join(' ');
}
