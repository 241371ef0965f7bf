import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveCoverage, PlanDetail, PlanSummary, RosterStaff } from '../../src/common/roster/plan-schemas.js';
import type { Me } from '../../src/common/schemas/auth.js';
import { LoginPage } from './pages/login-page.js';
import { BoardPage, scan, tp } from './pages/planning-pages.js';
import { Api, type Lang, switchLanguage } from './pages/space-pages.js';
import { launchBrowser, newContext } from './support/browser.js';
import { pressKey } from './support/keyboard.js';
import { startServer, type TestServer } from './support/server.js';

const ROSTER = '/api/sites/brussels/roster';
const SHOTS = '/tmp/shots';
const contexts: BrowserContext[] = [];
/** Solving a month and starting the demo centre take a while on a busy two-core machine. */
const SLOW = 600_000;
let server: TestServer;
let browser: Browser;
let manager: Api;
let counsellorMe: Me;
let managerTab: Page;
let counsellorTab: Page;
let phoneTab: Page;

async function context(width?: number) {
  const c = await newContext(browser, server.url, width ? { width } : {});
  contexts.push(c);
  return c;
}

async function signedIn(email: string, width?: number): Promise<Page> {
  const page = await (await context(width)).newPage();
  page.setDefaultTimeout(60_000);
  await new LoginPage(page).signIn(email);
  return page;
}

/** "YYYY-MM", `ahead` months after this one. */
function monthAhead(ahead: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth() + ahead, 15)).toISOString().slice(0, 7);
}

function monthLabel(month: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}

/**
 * The server's clock for the on-the-day part: today or the next Monday-to-Friday, from 09:00 UTC (10:00 or
 * 11:00 in Brussels, an opening morning) and running, so the journey does not depend on when it runs.
 */
function aWeekdayMorning(): () => Date {
  const day = new Date();
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  const from = Date.parse(`${day.toISOString().slice(0, 10)}T09:00:00Z`);
  const started = Date.now();
  return () => new Date(from + (Date.now() - started));
}

/** The first Monday-to-Friday date of a month. */
function firstWeekday(month: string): string {
  const d = new Date(`${month}-01T12:00:00Z`);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ now: aWeekdayMorning() }), launchBrowser()]);
  mkdirSync(SHOTS, { recursive: true });
  manager = await new Api((await context()).request).signIn('manager@demo.atrium.example');
  const counsellor = await new Api((await context()).request).signIn('counsellor@demo.atrium.example');
  counsellorMe = await counsellor.call<Me>('GET', '/api/auth/me');
  managerTab = await signedIn('manager@demo.atrium.example');
  counsellorTab = await signedIn('counsellor@demo.atrium.example');
  phoneTab = await signedIn('counsellor@demo.atrium.example', 390);
}, SLOW);
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

/** Every digital steward on leave on the month's first weekday: that day's steward rule cannot be met. */
async function stewardsAway(month: string) {
  const day = firstWeekday(month);
  const { staff } = await manager.call<{ staff: RosterStaff[] }>('GET', `${ROSTER}/staff`);
  const stewards = staff.filter((s) => s.roles.includes('steward') && s.contract);
  expect(stewards.length).toBeGreaterThan(0);
  for (const s of stewards) {
    await manager.call('POST', `${ROSTER}/staff/${s.userId}/absences`, {
      from: day,
      to: day,
      part: 'day',
      kind: 'leave',
    });
  }
  return stewards.length;
}

async function currentPlan(month: string): Promise<PlanDetail> {
  const { plans } = await manager.call<{ plans: PlanSummary[] }>('GET', `${ROSTER}/plans`);
  const plan = plans
    .filter((p) => p.from.startsWith(month) && p.status !== 'superseded')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!plan) throw new Error(`no plan for ${month}`);
  return manager.call<PlanDetail>('GET', `${ROSTER}/plans/${plan.id}`);
}

const MONTH = monthAhead(1);
/** Each page state is read in every language, ending in French where the journey goes on. */
const LANGS: Lang[] = ['nl', 'en', 'fr'];

/** Switches the page to each language in turn; `check` waits for that language's texts, then axe scans. */
async function inEveryLanguage(page: Page, name: string, check: (lang: Lang) => Promise<void>) {
  for (const lang of LANGS) {
    await switchLanguage(page, lang);
    await check(lang);
    await scan(page);
    if (name) await page.screenshot({ path: `${SHOTS}/planning-${name}-${lang}.png`, fullPage: true });
  }
}

/** A catalogue sentence with its count left open: "\d+ are on leave". */
function withAnyCount(lang: Lang, key: string): RegExp {
  const forms = ['one', 'other'].map((f) => tp(lang, `${key}_${f}`, { count: '§' }));
  return new RegExp(forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('§', '\\d+')).join('|'));
}

describe('staff planning', () => {
  it(
    'a manager builds next month, sees a gap explained, pins two people, re-solves, publishes and re-plans a sick day',
    async () => {
      await stewardsAway(MONTH);
      await managerTab.goto('/manage');
      await inEveryLanguage(managerTab, 'manage-home', async (lang) => {
        await managerTab.getByRole('heading', { level: 2, name: tp(lang, 'coverage.title') }).waitFor();
      });
      const board = new BoardPage(managerTab, 'fr');
      await board.openFromHome();
      await board.chooseMonth(MONTH);
      await scan(managerTab);

      // Build and solve: the outcome says how good the plan is, and the steward gap is explained in each language.
      await board.build(monthLabel(MONTH, 'fr'));
      expect(await board.outcome.textContent()).toMatch(/\d/);
      await inEveryLanguage(managerTab, 'board', async (lang) => {
        await managerTab
          .getByTestId('gap-explanation')
          .filter({ hasText: tp(lang, 'explain.subject.steward') })
          .filter({ hasText: withAnyCount(lang, 'explain.reason.onLeave') })
          .first()
          .waitFor();
        await managerTab.locator('.heat-gap').first().waitFor();
        // Each organisation's planned hours against its agreed share (Actiris, Bruxelles Formation, VDAB).
        const shares = managerTab.getByRole('table', { name: tp(lang, 'board.shares.title') });
        await shares.getByRole('columnheader', { name: tp(lang, 'board.shares.agreed') }).waitFor();
        await shares.getByRole('rowheader', { name: 'VDAB' }).waitFor();
      });

      // Two people pinned, solved again: the pins are still there.
      const first = await board.pinNth(0);
      const second = await board.pinNth(3);
      await board.resolve();
      await board.pinned(first).waitFor();
      await board.pinned(second).waitFor();
      const solved = await currentPlan(MONTH);
      expect(solved.assignments.filter((a) => a.pinned)).toHaveLength(2);
      await inEveryLanguage(managerTab, '', async (lang) => {
        await managerTab.getByRole('button', { name: tp(lang, 'board.resolve') }).waitFor();
        // At once, not after a re-read: the board never shows an older version of the plan (from before the
        // pins) that it had read earlier in this language.
        expect(await managerTab.locator('button.plan-chip[aria-pressed="true"]').count()).toBe(2);
      });

      // Publish; then someone is sick on a day they work: the re-plan shows who changes before publishing.
      await board.publish();
      await inEveryLanguage(managerTab, '', async (lang) => {
        await managerTab.getByText(tp(lang, 'board.readOnly')).waitFor();
      });
      const published = await currentPlan(MONTH);
      expect(published.status).toBe('published');
      const day = published.assignments.map((a) => a.date).sort()[0] ?? '';
      const sick = published.assignments.find((a) => a.date === day && !a.pinned);
      const person = published.staff.find((p) => p.userId === sick?.userId);
      expect(person).toBeDefined();
      const form = managerTab.getByRole('region', { name: tp('fr', 'board.sick.title') });
      await form.getByLabel(tp('fr', 'board.person')).selectOption({ label: person?.displayName ?? '' });
      await form.getByLabel(tp('fr', 'mine.absence.from')).fill(day);
      await form.getByLabel(tp('fr', 'mine.absence.to')).fill(day);
      await pressKey(form.getByRole('button', { name: tp('fr', 'board.sick.submit') }));
      await managerTab.getByRole('heading', { level: 2, name: tp('fr', 'board.diff.title') }).waitFor();
      await board.solved();
      await inEveryLanguage(managerTab, 'replan', async (lang) => {
        await managerTab.getByRole('heading', { level: 2, name: tp(lang, 'board.diff.title') }).waitFor();
        await managerTab.getByTestId('diff-summary').waitFor();
        await managerTab
          .getByRole('row')
          .filter({ hasText: person?.displayName ?? '' })
          .first()
          .waitFor();
      });
      await board.publish();
      const replanned = await currentPlan(MONTH);
      expect(replanned.status).toBe('published');
      expect(replanned.basedOnPlanId).toBe(published.id);
      expect(replanned.assignments.some((a) => a.userId === sick?.userId && a.date === day)).toBe(false);
    },
    SLOW,
  );

  it(
    'a counsellor sees their plan and the calendar link, and checking in updates the live coverage',
    async () => {
      const page = counsellorTab;
      await page.goto('/desk');
      await inEveryLanguage(page, 'desk', async (lang) => {
        await page.getByRole('heading', { level: 2, name: tp(lang, 'coverage.title') }).waitFor();
      });
      await pressKey(page.getByRole('link', { name: tp('fr', 'common:nav.myPlan') }));
      await page.getByRole('heading', { level: 1, name: tp('fr', 'mine.title') }).waitFor();
      await page.getByLabel(tp('fr', 'mine.period')).selectOption(MONTH);
      await page.getByTestId('my-shift').first().waitFor();

      // The calendar link: made, readable as ICS, regenerated (the old one stops).
      const feed = page.getByRole('region', { name: tp('fr', 'mine.feed.title') });
      await pressKey(feed.getByRole('button', { name: tp('fr', 'mine.feed.create') }));
      const value = feed.getByTestId('one-time-value');
      await value.waitFor();
      const url = (await value.textContent()) ?? '';
      expect(url).toMatch(/\/api\/roster\/feeds\/.+\/plan\.ics$/);
      // The link is built from PUBLIC_URL (a placeholder port in tests): fetch its path from this server.
      const feedPath = new URL(url).pathname;
      const ics = await page.request.get(feedPath);
      expect(ics.status()).toBe(200);
      expect(await ics.text()).toContain('BEGIN:VCALENDAR');
      await pressKey(feed.getByRole('button', { name: tp('fr', 'mine.feed.regenerate') }));
      await expect.poll(async () => value.textContent()).not.toBe(url);
      expect((await page.request.get(feedPath)).status()).toBe(404);
      await inEveryLanguage(page, 'mine', async (lang) => {
        await page.getByRole('heading', { level: 1, name: tp(lang, 'mine.title') }).waitFor();
        await page.getByTestId('my-shift').first().waitFor();
        await page.getByRole('button', { name: tp(lang, 'mine.feed.regenerate') }).waitFor();
      });

      // On the day: the counsellor checks in, and the manager's live coverage counts them.
      const [field = 'work'] = counsellorMe.user.fields;
      const [language = 'fr'] = counsellorMe.user.languages.filter((l) => l !== 'en');
      const before = await manager.call<LiveCoverage>('GET', `${ROSTER}/live`);
      const cellBefore = before.cells.find((c) => c.field === field && c.language === language);
      await managerTab.goto('/manage');
      const cell = managerTab.getByTestId(`live-${field}-${language}`);
      await cell.waitFor();
      await pressKey(page.getByRole('button', { name: tp('fr', 'today.checkIn') }));
      await page.getByRole('button', { name: tp('fr', 'today.checkOut') }).waitFor();
      const counted = { present: (cellBefore?.present ?? 0) + 1, planned: cellBefore?.planned ?? 0 };
      await inEveryLanguage(managerTab, 'live', async (lang) => {
        await cell.filter({ hasText: tp(lang, 'coverage.cell', counted) }).waitFor();
      });
      await pressKey(page.getByRole('button', { name: tp('fr', 'today.checkOut') }));
      await page.getByRole('button', { name: tp('fr', 'today.checkIn') }).waitFor();
      await scan(page);
    },
    SLOW,
  );

  it(
    'the board and my plan read well on a phone',
    async () => {
      await phoneTab.goto('/me/planning');
      await phoneTab.getByRole('heading', { level: 1 }).waitFor();
      await phoneTab.getByLabel(tp('fr', 'mine.period')).selectOption(MONTH);
      await phoneTab.getByTestId('my-shift').first().waitFor();
      await scan(phoneTab);
      await phoneTab.screenshot({ path: `${SHOTS}/planning-mine-phone.png`, fullPage: true });
      const managerPhone = await signedIn('manager@demo.atrium.example', 390);
      await managerPhone.goto('/manage/planning');
      await new BoardPage(managerPhone, 'fr').chooseMonth(MONTH);
      await managerPhone.locator('.plan-grid').waitFor();
      await scan(managerPhone);
      await managerPhone.screenshot({ path: `${SHOTS}/planning-board-phone.png`, fullPage: true });
      // Reception works at a desk: a desktop screen (its queue table predates this journey and is not made for phones).
      const reception = await signedIn('reception@demo.atrium.example');
      // The receptionist's own language (Dutch in the demo) may take over after sign-in: any of the three.
      const anyLang = (key: string) => new RegExp((['fr', 'nl', 'en'] as Lang[]).map((l) => tp(l, key)).join('|'));
      await reception.getByRole('heading', { level: 2, name: anyLang('coverage.title') }).waitFor();
      await reception.getByRole('button', { name: anyLang('today.checkIn') }).waitFor();
      await scan(reception);
      await reception.screenshot({ path: `${SHOTS}/planning-reception.png`, fullPage: true });
    },
    SLOW,
  );
});
