import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../src/common/domain.js';
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

/** The first Monday-to-Friday date of a month. */
function firstWeekday(month: string): string {
  const d = new Date(`${month}-01T12:00:00Z`);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  mkdirSync(SHOTS, { recursive: true });
  const admin = await new Api((await context()).request).signIn('admin@demo.atrium.example');
  // Open all week, all day, so "now" is an opening half-day whenever the journey runs.
  const openingHours = Object.fromEntries(WEEKDAYS.map((d) => [d, [{ open: '00:00', close: '23:59' }]]));
  await admin.call('PATCH', '/api/sites/brussels', { openingHours });
  manager = await new Api((await context()).request).signIn('manager@demo.atrium.example');
  const counsellor = await new Api((await context()).request).signIn('counsellor@demo.atrium.example');
  counsellorMe = await counsellor.call<Me>('GET', '/api/auth/me');
  managerTab = await signedIn('manager@demo.atrium.example');
  counsellorTab = await signedIn('counsellor@demo.atrium.example');
  phoneTab = await signedIn('counsellor@demo.atrium.example', 390);
});
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

const MONTHS: Record<Lang, string> = { fr: monthAhead(1), nl: monthAhead(2), en: monthAhead(3) };

describe('staff planning', () => {
  it.each(['fr', 'nl', 'en'] as Lang[])(
    'a manager builds a month, sees a gap explained, pins two people, re-solves, publishes and re-plans a sick day [%s]',
    async (lang) => {
      const month = MONTHS[lang];
      const away = await stewardsAway(month);
      const onLeave = tp(lang, `explain.reason.onLeave_${new Intl.PluralRules(lang).select(away)}`, { count: away });
      await managerTab.goto('/manage');
      await switchLanguage(managerTab, lang);
      await managerTab.getByRole('heading', { level: 2, name: tp(lang, 'coverage.title') }).waitFor();
      await scan(managerTab);
      const board = new BoardPage(managerTab, lang);
      await board.openFromHome();
      await board.chooseMonth(month);
      await scan(managerTab);

      // Build and solve: the outcome says how good the plan is, and the steward gap is explained.
      await board.build(monthLabel(month, lang));
      expect(await board.outcome.textContent()).toMatch(/\d/);
      await managerTab
        .getByTestId('gap-explanation')
        .filter({ hasText: tp(lang, 'explain.subject.steward') })
        .filter({ hasText: onLeave })
        .first()
        .waitFor();
      await managerTab.locator('.heat-gap').first().waitFor();
      await scan(managerTab);
      await managerTab.screenshot({ path: `${SHOTS}/planning-board-${lang}.png`, fullPage: true });

      // Two people pinned, solved again: the pins are still there.
      const first = await board.pinNth(0);
      const second = await board.pinNth(3);
      await board.resolve();
      await board.pinned(first).waitFor();
      await board.pinned(second).waitFor();
      const solved = await currentPlan(month);
      expect(solved.assignments.filter((a) => a.pinned)).toHaveLength(2);
      await scan(managerTab);

      // Publish; then someone is sick on a day they work: the re-plan shows who changes before publishing.
      await board.publish();
      await scan(managerTab);
      const published = await currentPlan(month);
      expect(published.status).toBe('published');
      const day = published.assignments.map((a) => a.date).sort()[0] ?? '';
      const sick = published.assignments.find((a) => a.date === day && !a.pinned);
      const person = published.staff.find((p) => p.userId === sick?.userId);
      expect(person).toBeDefined();
      const form = managerTab.getByRole('region', { name: tp(lang, 'board.sick.title') });
      await form.getByLabel(tp(lang, 'board.person')).selectOption({ label: person?.displayName ?? '' });
      await form.getByLabel(tp(lang, 'mine.absence.from')).fill(day);
      await form.getByLabel(tp(lang, 'mine.absence.to')).fill(day);
      await pressKey(form.getByRole('button', { name: tp(lang, 'board.sick.submit') }));
      await managerTab.getByRole('heading', { level: 2, name: tp(lang, 'board.diff.title') }).waitFor();
      await board.solved();
      await managerTab.getByTestId('diff-summary').waitFor();
      await managerTab
        .getByRole('row')
        .filter({ hasText: person?.displayName ?? '' })
        .first()
        .waitFor();
      await scan(managerTab);
      await managerTab.screenshot({ path: `${SHOTS}/planning-replan-${lang}.png`, fullPage: true });
      await board.publish();
      const replanned = await currentPlan(month);
      expect(replanned.basedOnPlanId).toBe(published.id);
      expect(replanned.assignments.some((a) => a.userId === sick?.userId && a.date === day)).toBe(false);
    },
  );

  it.each(['fr', 'nl', 'en'] as Lang[])(
    'a counsellor sees their plan, gets the calendar link, and checking in updates the live coverage [%s]',
    async (lang) => {
      const month = MONTHS[lang];
      const page = counsellorTab;
      await page.goto('/desk');
      await switchLanguage(page, lang);
      await page.getByRole('heading', { level: 2, name: tp(lang, 'coverage.title') }).waitFor();
      await scan(page);
      await pressKey(page.getByRole('link', { name: tp(lang, 'common:nav.myPlan') }));
      await page.getByRole('heading', { level: 1, name: tp(lang, 'mine.title') }).waitFor();
      await page.getByLabel(tp(lang, 'mine.period')).selectOption(month);
      await page.getByTestId('my-shift').first().waitFor();
      await scan(page);

      // The calendar link: made, readable as ICS, regenerated (the old one stops).
      const feed = page.getByRole('region', { name: tp(lang, 'mine.feed.title') });
      const create = feed.getByRole('button', { name: tp(lang, 'mine.feed.create') });
      if (await create.isVisible()) await pressKey(create);
      const value = feed.getByTestId('one-time-value');
      await value.waitFor();
      const url = (await value.textContent()) ?? '';
      expect(url).toMatch(/\/api\/roster\/feeds\/.+\/plan\.ics$/);
      const ics = await page.request.get(url);
      expect(ics.status()).toBe(200);
      expect(await ics.text()).toContain('BEGIN:VCALENDAR');
      await pressKey(feed.getByRole('button', { name: tp(lang, 'mine.feed.regenerate') }));
      await expect.poll(async () => value.textContent()).not.toBe(url);
      expect((await page.request.get(url)).status()).toBe(404);
      await scan(page);
      await page.screenshot({ path: `${SHOTS}/planning-mine-${lang}.png`, fullPage: true });

      // On the day: the counsellor checks in, and the manager's live coverage counts them.
      const [field = 'work'] = counsellorMe.user.fields;
      const [language = 'fr'] = counsellorMe.user.languages.filter((l) => l !== 'en');
      const before = await manager.call<LiveCoverage>('GET', `${ROSTER}/live`);
      const cellBefore = before.cells.find((c) => c.field === field && c.language === language);
      await managerTab.goto('/manage');
      await switchLanguage(managerTab, lang);
      const cell = managerTab.getByTestId(`live-${field}-${language}`);
      await cell.waitFor();
      await pressKey(page.getByRole('button', { name: tp(lang, 'today.checkIn') }));
      await page.getByRole('button', { name: tp(lang, 'today.checkOut') }).waitFor();
      await cell
        .filter({
          hasText: tp(lang, 'coverage.cell', {
            present: (cellBefore?.present ?? 0) + 1,
            planned: cellBefore?.planned ?? 0,
          }),
        })
        .waitFor();
      await scan(page);
      await scan(managerTab);
      await managerTab.screenshot({ path: `${SHOTS}/planning-live-${lang}.png`, fullPage: true });
      await pressKey(page.getByRole('button', { name: tp(lang, 'today.checkOut') }));
      await page.getByRole('button', { name: tp(lang, 'today.checkIn') }).waitFor();
    },
  );

  it('the board and my plan read well on a phone', async () => {
    await phoneTab.goto('/me/planning');
    await phoneTab.getByRole('heading', { level: 1 }).waitFor();
    await phoneTab.getByLabel(tp('fr', 'mine.period')).selectOption(MONTHS.fr);
    await phoneTab.getByTestId('my-shift').first().waitFor();
    await scan(phoneTab);
    await phoneTab.screenshot({ path: `${SHOTS}/planning-mine-phone.png`, fullPage: true });
    const managerPhone = await signedIn('manager@demo.atrium.example', 390);
    await managerPhone.goto('/manage/planning');
    await new BoardPage(managerPhone, 'fr').chooseMonth(MONTHS.fr);
    await managerPhone.locator('.plan-grid').waitFor();
    await scan(managerPhone);
    await managerPhone.screenshot({ path: `${SHOTS}/planning-board-phone.png`, fullPage: true });
  });
});
