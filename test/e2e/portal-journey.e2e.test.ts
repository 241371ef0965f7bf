import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectNoRawKeys } from './support/axe.js';
import { launchBrowser, newContext } from './support/browser.js';
import { pressKey, typeInto } from './support/keyboard.js';
import { LANGUAGE_NAMES, shot } from './support/languages.js';
import { pinWebBuild, snapshotWebBuild } from './support/pinned-web.js';
import { BAKER_ID, type PortalServer, startPortalServer } from './support/portal-data.js';

type Lang = 'fr' | 'nl' | 'en';
type Catalogue = { [key: string]: string | Catalogue };
const catalogue = (lang: Lang) =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, `../../locales/${lang}/catalogue.json`), 'utf8'),
  ) as Catalogue;
/** A text of the portal's catalogue, `{{…}}` placeholders cut off (the test matches the start). */
const text = (lang: Lang, key: string) => {
  const value = key.split('.').reduce<string | Catalogue | undefined>((node, k) => {
    return typeof node === 'object' ? node[k] : undefined;
  }, catalogue(lang));
  if (typeof value !== 'string') throw new Error(`no text ${lang}:${key}`);
  return value.split('{{')[0]?.trim() ?? '';
};
const BAKER_TITLE: Record<Lang, string> = { fr: 'boulanger/boulangère', nl: 'bakker', en: 'baker' };

let server: PortalServer;
let browser: Browser;
let web: string;

beforeAll(async () => {
  web = snapshotWebBuild();
  [server, browser] = await Promise.all([startPortalServer(), launchBrowser()]);
});

/** A browser profile on the portal, served from this run's copy of the web build. */
async function open(width?: number) {
  const context = await newContext(browser, server.url, width ? { width } : {});
  await pinWebBuild(context, web);
  return context;
}
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function checked(page: Page) {
  await expectNoRawKeys(page);
  expect(await page.locator('body').textContent()).not.toMatch(/⟦/);
  await expectAccessible(page);
}

async function jsonLd(page: Page) {
  const script = page.locator('script[type="application/ld+json"]');
  await script.waitFor({ state: 'attached' });
  return JSON.parse((await script.textContent()) ?? '') as Record<string, unknown>;
}

describe('career information portal: from a search to trainings for the gap', () => {
  it.each(['fr', 'nl', 'en'] as const)(
    'search → occupation → transitions → shortage only → training and vacancy pages, keyboard only (%s)',
    async (lang) => {
      const context = await open();
      const page = await context.newPage();
      await page.goto('/portal');
      await pressKey(page.getByRole('button', { name: LANGUAGE_NAMES[lang], exact: true }).first());
      await page.getByRole('heading', { level: 1, name: text(lang, 'home.title') }).waitFor();
      await checked(page);

      // Search, by keyboard: type, Enter.
      await typeInto(page.getByRole('searchbox'), 'boulanger');
      await page.keyboard.press('Enter');
      const result = page.locator('.portal-results').first().getByRole('link', { name: BAKER_TITLE[lang] });
      await result.waitFor();
      await checked(page);

      // The occupation page: skills, offers linked to it, the counsellor hint, ESCO attribution.
      await pressKey(result);
      await page.getByRole('heading', { level: 1, name: BAKER_TITLE[lang] }).waitFor();
      await page.getByRole('heading', { level: 2, name: text(lang, 'occupation.essential') }).waitFor();
      await page.getByRole('link', { name: /Ardent/ }).waitFor();
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain(text(lang, 'talk.title'));
      expect(main).toContain(text(lang, 'attribution'));
      await page.getByRole('heading', { level: 2, name: text(lang, 'occupation.events') }).waitFor();
      await checked(page);
      if (lang === 'fr') await shot(page, 'portal-occupation-desktop');

      // Career transitions from the baker, then only shortage occupations.
      await pressKey(page.getByRole('link', { name: text(lang, 'occupation.allTransitions') }));
      await page.getByRole('heading', { level: 1, name: new RegExp(BAKER_TITLE[lang]) }).waitFor();
      await page.locator('.portal-card').first().waitFor();
      expect(await page.locator('.portal-card').count()).toBeGreaterThan(1);
      await checked(page);
      const shortage = page.getByRole('radio', { name: text(lang, 'transitions.only.shortage') });
      await pressKey(shortage, 'Space');
      await expect.poll(() => page.locator('.portal-card').count()).toBe(1);
      const card = page.locator('.portal-card');
      await card.getByRole('link', { name: server.data.shortage.titles[lang] }).waitFor();
      expect(await card.textContent()).toContain('Actiris, 2025');
      // The gap, opened from the keyboard, and the partner training that covers it.
      await pressKey(card.locator('summary').last());
      await checked(page);
      if (lang === 'fr') await shot(page, 'portal-transitions-desktop');

      // The training page, with its schema.org Course.
      await pressKey(card.getByRole('link', { name: /Brunel/ }));
      await page.getByRole('heading', { level: 1, name: /Brunel/ }).waitFor();
      const course = await jsonLd(page);
      expect(course).toMatchObject({ '@context': 'https://schema.org', '@type': 'Course' });
      expect(course.provider).toMatchObject({ '@type': 'Organization', name: 'Bruxelles Formation' });
      await checked(page);
      if (lang === 'fr') await shot(page, 'portal-training-desktop');

      // The vacancies list, then a vacancy page: closing date, apply link and its schema.org JobPosting.
      await pressKey(
        page
          .getByRole('navigation', { name: text(lang, 'nav.label') })
          .getByRole('link', { name: text(lang, 'nav.vacancy') }),
      );
      await page.getByRole('heading', { level: 1, name: text(lang, 'list.title.vacancy') }).waitFor();
      const vacancyLink = page.locator('.portal-offers').getByRole('link', { name: /Ardent/ });
      await vacancyLink.waitFor();
      await checked(page);
      await pressKey(vacancyLink);
      await page.getByRole('heading', { level: 1, name: /Ardent/ }).waitFor();
      const job = await jsonLd(page);
      expect(job).toMatchObject({ '@type': 'JobPosting', employmentType: 'CDI', directApply: true });
      expect(String(job.validThrough)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await page.getByRole('link', { name: text(lang, 'offer.apply') }).getAttribute('href')).toBe(
        'https://jobs.example/ardent',
      );
      expect(await page.locator('main').textContent()).toContain(text(lang, 'offer.applyBefore'));
      await checked(page);
      if (lang === 'fr') await shot(page, 'portal-vacancy-desktop');
      // Leaving the page takes its JSON-LD with it.
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: text(lang, 'list.title.vacancy') }).waitFor();
      expect(await page.locator('script[type="application/ld+json"]').count()).toBe(0);
      await context.close();
    },
    240_000,
  );

  it('from what I can do: picks skills with the autocomplete, keyboard only, and ranks occupations', async () => {
    const context = await open();
    const page = await context.newPage();
    await page.goto('/portal/transitions');
    await page.getByRole('heading', { level: 1, name: text('fr', 'transitions.title') }).waitFor();
    await checked(page);
    const combo = page.getByRole('combobox', { name: text('fr', 'skills.label') });
    await typeInto(combo, 'forme à une pâte');
    await page.getByRole('option').first().waitFor();
    expect(await combo.getAttribute('aria-expanded')).toBe('true');
    await checked(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('.portal-ticked input:checked').first().waitFor();
    await page.locator('.portal-card').first().waitFor();
    expect(page.url()).toMatch(/skills=/);
    await checked(page);
    await shot(page, 'portal-skills-desktop');
    await context.close();
  }, 120_000);

  it('services and guides: access information, the article text and the printed copy note', async () => {
    const context = await open();
    const page = await context.newPage();
    await page.goto('/portal/services');
    await pressKey(page.getByRole('button', { name: LANGUAGE_NAMES.en, exact: true }).first());
    await page.getByRole('heading', { level: 1, name: 'Services' }).waitFor();
    await checked(page);
    await pressKey(page.locator('.portal-offers').getByRole('link', { name: 'Skills review drop-in' }));
    await page.getByRole('heading', { level: 1, name: 'Skills review drop-in' }).waitFor();
    const main = page.locator('main');
    expect(await main.textContent()).toContain('Sans rendez-vous, au guichet 3');
    await main.getByText(text('en', 'offer.fact.access')).waitFor();
    await checked(page);
    await page.goto(`/portal/guides/${server.data.guide.id}`);
    await page.getByRole('heading', { level: 1, name: 'Starting a business in Brussels' }).waitFor();
    expect(await page.locator('.portal-article p').count()).toBe(2);
    await page.getByText(text('en', 'offer.printed')).waitFor();
    await checked(page);
    await shot(page, 'portal-guide-desktop');
    await context.close();
  }, 120_000);

  it('reads well on a phone (390 px): occupation, transitions, training; no sideways scrolling', async () => {
    const context = await open(390);
    const page = await context.newPage();
    const noSideways = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.goto(`/portal/occupations/${BAKER_ID}`);
    await page.getByRole('heading', { level: 1, name: BAKER_TITLE.fr }).waitFor();
    await page.getByRole('link', { name: /Ardent/ }).waitFor();
    await noSideways();
    await checked(page);
    await shot(page, 'portal-occupation-phone');
    await page.goto(`/portal/transitions?from=${BAKER_ID}&tag=shortage`);
    await page.locator('.portal-card').first().waitFor();
    await noSideways();
    await checked(page);
    await shot(page, 'portal-transitions-phone');
    await page.goto(`/portal/trainings/${server.data.gapTraining.id}`);
    await page.getByRole('heading', { level: 1, name: /Brunel/ }).waitFor();
    await noSideways();
    await shot(page, 'portal-training-phone');
    await context.close();
  }, 120_000);
});
