import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RosterStaff } from '../../src/common/roster/plan-schemas.js';
import { LoginPage } from './pages/login-page.js';
import { scan, tp } from './pages/planning-pages.js';
import { type Lang, switchLanguage } from './pages/space-pages.js';
import { launchBrowser, newContext } from './support/browser.js';
import { pressKey, typeInto } from './support/keyboard.js';
import { startServer, type TestServer } from './support/server.js';

const SHOTS = '/tmp/shots';
const SLOW = 120_000;
/** Each page state is read in every language, ending in French where the test goes on. */
const LANGS: Lang[] = ['nl', 'en', 'fr'];
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  mkdirSync(SHOTS, { recursive: true });
  context = await newContext(browser, server.url);
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await new LoginPage(page).signIn('manager@demo.atrium.example');
}, SLOW);
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Switches the page to each language; `check` waits for that language's texts, then axe scans. */
async function inEveryLanguage(name: string, check: (lang: Lang) => Promise<void>) {
  for (const lang of LANGS) {
    await switchLanguage(page, lang);
    await check(lang);
    await scan(page);
    await page.screenshot({ path: `${SHOTS}/planning-settings-${name}-${lang}.png`, fullPage: true });
  }
}

/** A field error's text as the server writes it in a language (locales/<lang>/errors.json). */
function fieldMessage(lang: Lang, code: string, vars: Record<string, number>): string {
  const errors = JSON.parse(readFileSync(path.resolve('locales', lang, 'errors.json'), 'utf8')) as {
    validation: Record<string, string>;
  };
  return (errors.validation[code] ?? '').replace(/\{\{(\w+)\}\}/g, (_, v: string) => String(vars[v] ?? ''));
}

/** Waits until the error next to input `name` says `text`. */
async function fieldError(name: string, text: string) {
  await page.locator(`input[name="${name}"][aria-invalid="true"] ~ .field-error`).filter({ hasText: text }).waitFor();
}

const rulesForm = () => page.locator('form');
const ruleRow = (lang: Lang, rule: string, when: string) =>
  page
    .getByTestId('rule-list')
    .getByRole('row')
    .filter({ hasText: tp(lang, rule) })
    .filter({ hasText: when });

describe('planning settings', () => {
  it(
    'a manager edits the coverage rules and a contract, sees a bad value explained, fixes it and sees the change',
    async () => {
      await page.goto('/manage/planning');
      await pressKey(page.getByRole('link', { name: tp('fr', 'settings.rules.title') }));
      await inEveryLanguage('rules', async (lang) => {
        await page.getByRole('heading', { level: 1, name: tp(lang, 'settings.rules.title') }).waitFor();
        await ruleRow(lang, 'labels.rule.stewards', tp(lang, 'settings.rules.always')).waitFor();
      });

      // More stewards than the staff has, and a morning target: refused, the stewards field says why,
      // and nothing typed is lost.
      const stewards = rulesForm().getByLabel(tp('fr', 'labels.rule.stewards'), { exact: true });
      const frenchMornings = rulesForm().getByLabel(
        tp('fr', 'settings.rules.targetLabel', {
          rule: tp('fr', 'labels.rule.floor', { language: tp('fr', 'languages.fr') }),
          when: tp('fr', 'settings.rules.every.morning'),
        }),
      );
      const staff = await page.request.get('/api/sites/brussels/roster/staff');
      const stewardCount = ((await staff.json()) as { staff: RosterStaff[] }).staff.filter((p) =>
        p.roles.includes('steward'),
      ).length;
      await typeInto(stewards, '15');
      await typeInto(frenchMornings, '2');
      await inEveryLanguage('rules-refused', async (lang) => {
        await pressKey(rulesForm().getByRole('button', { name: tp(lang, 'settings.rules.save') }));
        const field = rulesForm().getByLabel(tp(lang, 'labels.rule.stewards'), { exact: true });
        await fieldError('stewards', fieldMessage(lang, 'exceeds_staff', { needed: 15, available: stewardCount }));
        expect(await field.inputValue()).toBe('15');
        expect(await page.locator('input[name="targets.morning.frenchOnFloor"]').inputValue()).toBe('2');
        await page.getByRole('alert').first().waitFor();
      });

      // Fixed: saved, and the list shows both rules.
      await typeInto(stewards, '2');
      await pressKey(rulesForm().getByRole('button', { name: tp('fr', 'settings.rules.save') }));
      await page.getByText(tp('fr', 'settings.rules.saved')).waitFor();
      await inEveryLanguage('rules-saved', async (lang) => {
        await ruleRow(lang, 'labels.rule.stewards', tp(lang, 'settings.rules.always'))
          .getByRole('cell', { name: '2', exact: true })
          .waitFor();
        await ruleRow(lang, 'settings.rules.every.morning', '')
          .filter({ hasText: tp(lang, 'labels.rule.floor', { language: tp(lang, 'languages.fr') }) })
          .waitFor();
      });

      // The morning target removed from the list: its row goes.
      const morningRule = ruleRow('fr', 'settings.rules.every.morning', '');
      await pressKey(morningRule.getByRole('button'));
      await morningRule.waitFor({ state: 'detached' });

      // Contracts: filtered to one organisation, one person's contract edited.
      await pressKey(page.getByRole('link', { name: tp('fr', 'settings.contracts.title') }));
      const filter = page.getByLabel(tp('fr', 'board.filter.organisation'));
      await filter.waitFor();
      await filter.selectOption({ label: 'VDAB' });
      const table = page.getByRole('table', { name: /VDAB|\d/ });
      const edit = table.getByRole('button').first();
      await inEveryLanguage('contracts', async (lang) => {
        await page.getByRole('heading', { level: 1, name: tp(lang, 'settings.contracts.title') }).waitFor();
        await table.getByRole('columnheader', { name: tp(lang, 'settings.contracts.hoursPerWeek') }).waitFor();
      });
      const name = ((await edit.textContent()) ?? '').replace(tp('fr', 'settings.contracts.edit', { name: '' }), '');
      expect(name.length).toBeGreaterThan(0);
      await pressKey(edit);
      const hours = page.getByLabel(tp('fr', 'settings.contracts.hoursPerWeek'));
      const maxDays = page.getByLabel(tp('fr', 'settings.contracts.maxDaysPerWeek'));
      // 30 h is 7 half-days: they do not fit in 2 days.
      await typeInto(hours, '30');
      await typeInto(maxDays, '2');
      await inEveryLanguage('contract-refused', async (lang) => {
        await pressKey(page.getByRole('button', { name: tp(lang, 'settings.contracts.save') }));
        await fieldError('hoursPerWeek', fieldMessage(lang, 'hours_do_not_fit', { needed: 7, fit: 4 }));
        expect(await page.getByLabel(tp(lang, 'settings.contracts.hoursPerWeek')).inputValue()).toBe('30');
      });
      await typeInto(maxDays, '4');
      await pressKey(page.getByRole('button', { name: tp('fr', 'settings.contracts.save') }));
      await inEveryLanguage('contract-saved', async (lang) => {
        await page.getByText(tp(lang, 'settings.contracts.saved', { name })).waitFor();
        const row = table.getByRole('row').filter({ hasText: name });
        await row.getByRole('cell', { name: '30', exact: true }).waitFor();
        await row
          .getByText(tp(lang, 'settings.contracts.limitsValue', { days: 4, run: 5 }).split(',')[0] ?? '')
          .waitFor();
      });
    },
    SLOW,
  );
});
