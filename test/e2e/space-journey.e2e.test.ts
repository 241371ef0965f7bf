import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../src/common/domain.js';
import type { SpaceDisplay, SpaceSnapshot, StationView } from '../../src/common/space/schemas.js';
import { LoginPage } from './pages/login-page.js';
import { Api, check, type Lang, StationPage, StewardPage, switchLanguage, tr } from './pages/space-pages.js';
import { launchBrowser, newContext } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';

let server: TestServer;
let browser: Browser;
let steward: Api;
let stewardTab: StewardPage['page'];
let station: StationPage;
let tablets: StationView[];
const contexts: BrowserContext[] = [];
const SHOTS = process.env.SPACE_SHOTS;
/** Tablets kept in service; the others are marked out of order, so the space fills with few requests. */
const IN_SERVICE = 3;

async function context(width?: number) {
  const c = await newContext(browser, server.url, width ? { width } : {});
  contexts.push(c);
  return c;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const admin = await new Api((await context()).request).signIn('admin@demo.atrium.example');
  // Open all week, all day, so the journey runs at any hour.
  const openingHours = Object.fromEntries(WEEKDAYS.map((d) => [d, [{ open: '00:00', close: '23:59' }]]));
  await admin.call('PATCH', '/api/sites/brussels', { openingHours });
  steward = await new Api((await context()).request).signIn('steward@demo.atrium.example');
  const snap = await steward.call<SpaceSnapshot>('GET', '/api/sites/brussels/space');
  tablets = snap.stations.filter((s) => s.kind === 'tablet').slice(0, IN_SERVICE);
  for (const s of snap.stations.filter((x) => x.kind === 'tablet').slice(IN_SERVICE)) {
    await steward.call('POST', `/api/sites/brussels/space/stations/${s.id}/out-of-order`, { note: 'Battery' });
  }
  // The screen of the first tablet, enrolled like an administrator would.
  const { code } = await admin.call<{ code: string }>('POST', '/api/sites/brussels/devices', {
    kind: 'station',
    label: 'Screen TAB-01',
    stationId: tablets[0]?.id,
  });
  station = new StationPage(await (await context(1024)).newPage(), 'fr');
  await station.enrol(code);
  stewardTab = await (await context()).newPage();
  await new LoginPage(stewardTab).signIn('steward@demo.atrium.example');
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

/** Ends every open use and clears the waiting list, so each language starts from an empty space. */
async function clearSpace() {
  const snap = await steward.call<SpaceSnapshot>('GET', '/api/sites/brussels/space');
  for (const s of snap.stations)
    if (s.use) await steward.call('POST', `/api/sites/brussels/space/uses/${s.use.id}/end`);
  const again = await steward.call<SpaceSnapshot>('GET', '/api/sites/brussels/space');
  for (const w of again.waiting) await steward.call('POST', `/api/sites/brussels/space-tickets/${w.id}/cancel`);
}

describe('digital space', () => {
  it.each(['fr', 'nl', 'en'] as Lang[])(
    'a steward runs a busy morning: tablets fill, a waiting list forms, a freed tablet is offered, help is answered [%s]',
    async (lang) => {
      await clearSpace();
      const [freed, second, last] = tablets as [StationView, StationView, StationView];
      const screen = new StationPage(station.page, lang);
      await switchLanguage(screen.page, lang);
      await screen.page.getByRole('heading', { name: tr(lang, 'station.freeTitle') }).waitFor();

      // The morning fills up: one tablet started through the API, the others in the browser.
      await steward.call('POST', '/api/sites/brussels/space/uses', { stationId: second.id });
      const app = new StewardPage(stewardTab, lang);
      await app.open();
      await app.expectState('TAB-04', 'out_of_order');
      await app.start(freed.label);
      await app.start(last.label);
      await screen.page.getByText(tr(lang, 'station.timeLeft')).first().waitFor();

      // No tablet is free: two people join the waiting list.
      const first = await app.addForTablet();
      const next = await app.addForTablet();
      expect(first.status).toBe('waiting');
      expect(next.position).toBe(2);

      // A tablet frees: the first person is offered it, on the display data and on their phone.
      await app.end(freed.label);
      await app.expectState(freed.label, 'reserved');
      const display = await steward.call<SpaceDisplay>('GET', '/api/sites/brussels/space/display');
      expect(display.offers).toEqual([expect.objectContaining({ code: first.code, stationLabel: freed.label })]);
      const phone = await (await context(390)).newPage();
      await phone.goto(`/s/${first.token}`);
      await switchLanguage(phone, lang);
      await phone.getByText(tr(lang, 'phone.offered', { label: freed.label })).waitFor();
      await check(phone);
      if (SHOTS) await phone.screenshot({ path: `${SHOTS}/space-phone-${lang}.png`, fullPage: true });

      // They sit down and type their code; the countdown runs; they ask for help.
      await screen.page
        .getByRole('heading', { name: tr(lang, 'station.reservedTitle', { code: first.code }) })
        .waitFor();
      await screen.claim(first.code);
      await screen.askHelp();
      await check(screen.page);
      if (SHOTS) await screen.page.screenshot({ path: `${SHOTS}/space-station-${lang}.png`, fullPage: true });
      await phone.getByText(tr(lang, 'phone.status.seated')).waitFor();
      await phone.context().close();

      // The steward sees the request, goes, and resolves it.
      await app.expectState(freed.label, 'help');
      await check(stewardTab);
      if (SHOTS) await stewardTab.screenshot({ path: `${SHOTS}/space-steward-${lang}.png`, fullPage: true });
      await app.answerHelp(freed.label);
      await app.expectState(freed.label, 'in_use');
      await screen.page.getByRole('button', { name: tr(lang, 'station.helpButton') }).waitFor();
    },
  );
});
