import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectAccessible, expectNoRawKeys } from '../support/axe.js';
import { pressKey } from '../support/keyboard.js';
import type { Lang } from './space-pages.js';

type Tree = { [key: string]: string | Tree };
const catalogue = (lang: Lang, ns: string) =>
  JSON.parse(readFileSync(path.resolve('locales', lang, `${ns}.json`), 'utf8')) as Tree;
const CATALOGUES = {
  fr: catalogue('fr', 'planning'),
  nl: catalogue('nl', 'planning'),
  en: catalogue('en', 'planning'),
};
const COMMON = { fr: catalogue('fr', 'common'), nl: catalogue('nl', 'common'), en: catalogue('en', 'common') };

function lookup(tree: Tree, key: string): string {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no text ${key}`);
  return node;
}

/** A text of the `planning` catalogue (or `common:` …) in a language, with {{placeholders}} filled. */
export function tp(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const text = key.startsWith('common:') ? lookup(COMMON[lang], key.slice(7)) : lookup(CATALOGUES[lang], key);
  return text.replace(/\{\{(\w+)\}\}/g, (_, v: string) => String(vars[v] ?? ''));
}

/** No raw key on the page, and axe finds nothing. */
export async function scan(page: Page) {
  await expectNoRawKeys(page);
  expect(await page.locator('body').textContent()).not.toMatch(/⟦/);
  await expectAccessible(page);
}

/** The manager's planning board, driven with the keyboard. */
export class BoardPage {
  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {}

  get outcome() {
    return this.page.getByTestId('solve-outcome');
  }

  async openFromHome() {
    await pressKey(this.page.getByRole('link', { name: tp(this.lang, 'board.title') }));
    await this.page.getByRole('heading', { level: 1, name: tp(this.lang, 'board.title') }).waitFor();
  }

  async chooseMonth(month: string) {
    const select = this.page.getByLabel(tp(this.lang, 'board.month'));
    await select.focus();
    await select.selectOption(month);
  }

  /** Waits until no solve is running and the outcome line is shown. */
  async solved() {
    await this.outcome.waitFor({ timeout: 60_000 });
    await this.page.getByRole('button', { name: tp(this.lang, 'board.cancel') }).waitFor({ state: 'detached' });
  }

  async build(monthLabel: string) {
    await pressKey(this.page.getByRole('button', { name: tp(this.lang, 'board.build', { month: monthLabel }) }));
    await this.solved();
  }

  async resolve() {
    await pressKey(this.page.getByRole('button', { name: tp(this.lang, 'board.resolve') }));
    await this.solved();
  }

  /** Pins the nth unpinned half-day on the board; returns its accessible name. */
  async pinNth(n: number): Promise<string> {
    const chip = this.page.locator('button.plan-chip[aria-pressed="false"]').nth(n);
    const name = (await chip.getAttribute('aria-label')) ?? '';
    await pressKey(chip);
    await this.pinned(name).waitFor();
    return name;
  }

  pinned(name: string) {
    return this.page.getByRole('button', { name, exact: true, pressed: true });
  }

  async publish() {
    await pressKey(this.page.getByRole('button', { name: tp(this.lang, 'board.publish') }));
    await this.page.getByText(tp(this.lang, 'board.readOnly')).waitFor();
  }
}
