import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SpaceTicketView } from '../../../src/common/space/schemas.js';
import { expectAccessible, expectNoRawKeys } from '../support/axe.js';

export type Lang = 'fr' | 'nl' | 'en';
const catalogue = (lang: Lang) =>
  JSON.parse(readFileSync(path.resolve('locales', lang, 'space.json'), 'utf8')) as Record<
    string,
    Record<string, string>
  >;
const CATALOGUES = { fr: catalogue('fr'), nl: catalogue('nl'), en: catalogue('en') };
export const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'Français', nl: 'Nederlands', en: 'English' };

/** A text of the `space` catalogue in a language, with {{placeholders}} filled. */
export function tr(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  let text: unknown = CATALOGUES[lang];
  for (const part of key.split('.')) text = (text as Record<string, unknown> | undefined)?.[part];
  if (typeof text !== 'string') throw new Error(`no text ${lang}:${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, v: string) => String(vars[v] ?? ''));
}

export async function check(page: Page) {
  await expectNoRawKeys(page);
  await expectAccessible(page);
}

export async function switchLanguage(page: Page, lang: Lang) {
  await page.getByRole('button', { name: LANGUAGE_NAMES[lang] }).first().click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** The steward app, driven through its grid, station panel, help queue and waiting list. */
export class StewardPage {
  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {}

  tile(label: string) {
    return this.page.getByRole('button', { name: new RegExp(`^${label} `) });
  }

  async open() {
    await this.page.goto('/steward');
    await switchLanguage(this.page, this.lang);
    await this.page.getByRole('heading', { level: 1, name: tr(this.lang, 'steward.title') }).waitFor();
    await this.tile('PC-01').waitFor();
  }

  async expectState(label: string, state: string) {
    await this.tile(label)
      .filter({ hasText: tr(this.lang, `state.${state}`) })
      .waitFor();
  }

  async select(label: string) {
    await this.tile(label).click();
    await this.page.getByRole('heading', { level: 2, name: new RegExp(`^${label}`) }).waitFor();
  }

  async start(label: string) {
    await this.select(label);
    await this.page.getByRole('button', { name: tr(this.lang, 'steward.start') }).click();
    await this.expectState(label, 'in_use');
  }

  async end(label: string) {
    await this.select(label);
    await this.page.getByRole('button', { name: tr(this.lang, 'steward.end') }).click();
  }

  /** Adds someone to the tablet waiting list; returns the ticket the server issued. */
  async addForTablet(): Promise<SpaceTicketView> {
    const [response] = await Promise.all([
      this.page.waitForResponse((r) => r.url().endsWith('/space-tickets') && r.status() === 201),
      this.page.getByRole('button', { name: tr(this.lang, 'steward.add.tablet') }).click(),
    ]);
    const ticket = (await response.json()) as SpaceTicketView;
    await this.page.getByText(tr(this.lang, 'steward.issued', { code: ticket.code })).waitFor();
    return ticket;
  }

  async answerHelp(label: string) {
    await this.page.getByRole('button', { name: tr(this.lang, 'steward.acknowledge', { label }) }).click();
    await this.page.getByRole('button', { name: tr(this.lang, 'steward.resolve', { label }) }).click();
    await this.page.getByText(tr(this.lang, 'steward.helpNone')).waitFor();
  }
}

/** A station screen (a station device), as the person sitting at it sees it. */
export class StationPage {
  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {}

  async enrol(code: string) {
    await this.page.goto('/station');
    await this.page.getByLabel('Code d’enregistrement').fill(code);
    await this.page.getByRole('button', { name: 'Enregistrer cet appareil' }).click();
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  async claim(code: string) {
    await this.page.getByLabel(tr(this.lang, 'station.codeLabel')).fill(code);
    await this.page.getByRole('button', { name: tr(this.lang, 'station.start') }).click();
    await this.page.getByText(tr(this.lang, 'station.timeLeft')).first().waitFor();
  }

  async askHelp() {
    await this.page.getByRole('button', { name: tr(this.lang, 'station.helpButton') }).click();
    await this.page.getByText(tr(this.lang, 'station.helpRaised')).waitFor();
  }
}

/** Small API helper for set-up and clean-up (signed in as one demo account). */
export class Api {
  private csrf = '';
  constructor(readonly request: APIRequestContext) {}

  async signIn(email: string) {
    const response = await this.request.post('/api/auth/login', { data: { email, password: 'atrium-demo-2026' } });
    expect(response.status()).toBe(200);
    this.csrf = ((await response.json()) as { csrfToken: string }).csrfToken;
    return this;
  }

  async call<T>(method: 'GET' | 'POST' | 'PATCH', url: string, data?: unknown): Promise<T> {
    const response = await this.request.fetch(url, {
      method,
      headers: { 'x-csrf-token': this.csrf },
      ...(data === undefined ? {} : { data }),
    });
    expect(response.status(), `${method} ${url}: ${await response.text()}`).toBeLessThan(300);
    return (response.status() === 204 ? undefined : await response.json()) as T;
  }
}
