import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../src/common/domain.js';
import type { SpaceDisplay, SpaceSnapshot } from '../../src/common/space/schemas.js';
import { LoginPage } from './pages/login-page.js';
import { Api, check, type Lang, StationPage, StewardPage, switchLanguage, tr } from './pages/space-pages.js';
import { launchBrowser, newContext } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';

let server: TestServer;
let browser: Browser;
let admin: Api;
let steward: Api;
const contexts: BrowserContext[] = [];
const SHOTS = process.env.SPACE_SHOTS;

async function context(width?: number) {
  const c = await newContext(browser, server.url, width ? { width } : {});
  contexts.push(c);
  return c;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  admin = await new Api((await context()).request).signIn('admin@demo.atrium.example');
  // Open all week, all day, so the journey runs at any hour.
  const openingHours = Object.fromEntries(WEEKDAYS.map((d) => [d, [{ open: '00:00', close: '23:59' }]]));
  await admin.call('PATCH', '/api/sites/brussels', { openingHours });
  steward = await new Api((await context()).request).signIn('steward@demo.atrium.example');
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
      const snap = await steward.call<SpaceSnapshot>('GET', '/api/sites/brussels/space');
      const tablets = snap.stations.filter((s) => s.kind === 'tablet');
      const freed = tablets[0];
      const last = tablets[tablets.length - 1];
      if (!freed || !last) throw new Error('the demo has tablets');
      // The station screen of the tablet that will free up.
      const { code } = await admin.call<{ code: string }>('POST', '/api/sites/brussels/devices', {
        kind: 'station',
        label: `Screen ${freed.label} ${lang}`,
        stationId: freed.id,
      });
      const station = new StationPage(await (await context(1024)).newPage(), lang);
      await station.enrol(code);
      await switchLanguage(station.page, lang);
      await station.page.getByRole('heading', { name: tr(lang, 'station.freeTitle') }).waitFor();
      await check(station.page);

      // The morning fills up: most tablets through the API, the last one in the browser.
      for (const t of tablets.slice(0, -1))
        await steward.call('POST', '/api/sites/brussels/space/uses', { stationId: t.id });
      const page = await (await context()).newPage();
      await new LoginPage(page).signIn('steward@demo.atrium.example');
      const app = new StewardPage(page, lang);
      await app.open();
      await app.start(last.label);
      await app.expectState(freed.label, 'in_use');
      await check(page);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/space-steward-${lang}.png`, fullPage: true });

      // No tablet is free: two people join the waiting list.
      const first = await app.addForTablet();
      const second = await app.addForTablet();
      expect(first.status).toBe('waiting');
      expect(second.position).toBe(2);

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
      await station.page
        .getByRole('heading', { name: tr(lang, 'station.reservedTitle', { code: first.code }) })
        .waitFor();
      await check(station.page);
      await station.claim(first.code);
      await station.askHelp();
      await check(station.page);
      if (SHOTS) await station.page.screenshot({ path: `${SHOTS}/space-station-${lang}.png`, fullPage: true });
      await phone.getByText(tr(lang, 'phone.status.seated')).waitFor();

      // The steward sees the request, goes, and resolves it.
      await app.expectState(freed.label, 'help');
      await check(page);
      await app.answerHelp(freed.label);
      await app.expectState(freed.label, 'in_use');
      await station.page.getByRole('button', { name: tr(lang, 'station.helpButton') }).waitFor();
    },
  );
});
