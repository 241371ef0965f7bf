import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Cell, OutcomeReport, PartnerReport, PeriodReport } from '../../src/common/stats/schemas.js';
import { siteById } from '../../src/server/modules/sites/sites.service.js';
import { statsRound } from '../../src/server/modules/stats/rollup.service.js';
import { simulateHistory } from '../../src/server/modules/stats/simulate.service.js';
import { trustedSiteId } from '../../src/server/platform/auth/scope.js';
import { forEachBackend } from '../support/app.js';
import { expectProblem } from '../support/problem.js';
import { staffClient } from '../support/visits.js';
import { makeVisitSite } from '../support/visits.js';

const DAY = 86_400_000;
const published = (cells: Cell[]) => cells.filter((c): c is { hidden: false; value: number } => !c.hidden);

forEachBackend('stats: reports with disclosure control', (get) => {
  async function simulatedSite(days: number, now = new Date()) {
    const t = get();
    const site = await makeVisitSite(t);
    const row = await siteById(t.database.db, trustedSiteId(site.id));
    const sim = await simulateHistory(t.database.db, row, days, now);
    return { site, sim };
  }

  it('reports a simulated month: totals, field × language, no published cell below 10', async () => {
    const { site, sim } = await simulatedSite(30);
    expect(sim.tickets).toBeGreaterThan(1500);
    const manager = await site.staff(['manager']);
    const url = `/api/sites/${site.slug}/stats/report?from=${sim.from}&to=${sim.to}`;
    const res = await manager.get(url, { 'accept-language': 'nl' });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as PeriodReport;
    expect(r.includesSimulated).toBe(true);
    expect(r.totals.visitors.hidden).toBe(false);
    expect(r.series.step).toBe('day');
    expect(r.fieldByLanguage.fields[3]?.label).toBe('Werk zoeken');
    const all = [
      ...r.fieldByLanguage.cells.flat(),
      ...r.fieldByLanguage.fieldTotals,
      ...r.organisation.map((o) => o.sessions),
      ...r.audience.map((o) => o.sessions),
      ...r.series.points.map((p) => p.visitors),
    ];
    for (const c of published(all)) expect(c.value).toBeGreaterThanOrEqual(10);
    expect(r.totals.waitMedianMinutes).toBeGreaterThan(5);
    expect(r.totals.waitMedianMinutes).toBeLessThan(25);
    expect(r.totals.satisfaction).toBeGreaterThan(3.5);

    const outcome = (
      await manager.get(`/api/sites/${site.slug}/stats/outcome?from=${sim.from}&to=${sim.to}`)
    ).json() as OutcomeReport;
    expect(outcome.sentence.advised).toBeGreaterThanOrEqual(1500);
    expect(outcome.rows.map((x) => x.key)).toContain('visitors');
  });

  it('gives the same figures from whole months (monthly rollup) as from days', async () => {
    const { site, sim } = await simulatedSite(75);
    const manager = await site.staff(['manager']);
    const get = async (step: string) =>
      (
        await manager.get(`/api/sites/${site.slug}/stats/report?from=${sim.from}&to=${sim.to}&step=${step}`)
      ).json() as PeriodReport;
    const [byDay, byMonth] = [await get('day'), await get('month')];
    expect(byMonth.series.points.length).toBeLessThanOrEqual(4);
    expect(byMonth.fieldByLanguage).toEqual(byDay.fieldByLanguage);
    expect(byMonth.totals).toEqual(byDay.totals);
    expect(byMonth.organisation).toEqual(byDay.organisation);
  });

  it('refuses invalid ranges and other roles', async () => {
    const site = await makeVisitSite(get());
    const manager = await site.staff(['manager']);
    const base = `/api/sites/${site.slug}/stats/report`;
    expectProblem(await manager.get(`${base}?from=2026-05-01&to=2026-04-01`), 400, 'stats.range_invalid');
    expectProblem(await manager.get(`${base}?from=2010-01-01&to=2026-04-01`), 400, 'stats.range_invalid');
    expectProblem(await manager.get(`${base}?from=2026-02-30&to=2026-04-01`), 400, 'validation.failed');
    const floor = await manager.get(`/api/sites/${site.slug}/stats/floor`);
    expect(floor.statusCode, floor.body).toBe(200);
    expect((floor.json() as { reference: { total: number } }).reference.total).toBe(250);
    const counsellor = await site.staff(['counsellor']);
    expectProblem(await counsellor.get(`/api/sites/${site.slug}/stats/floor`), 403, 'auth.forbidden');
    expectProblem(await counsellor.get(`${base}?from=2026-03-01&to=2026-04-01`), 403, 'auth.forbidden');
  });

  it('shows a partner only its own organisation, and exports CSV and XLSX', async () => {
    const { site, sim } = await simulatedSite(20);
    const t = get();
    const orgs = (await t.database.db.execute(
      sql`select id, slug from organisations where slug in ('actiris', 'vdab')`,
    )) as unknown as {
      rows: { id: string; slug: string }[];
    };
    const actirisId = orgs.rows.find((o) => o.slug === 'actiris')?.id as string;
    const { client: partner } = await staffClient(t, {
      roles: ['partner'],
      siteId: site.id,
      organisationId: actirisId,
    });
    const q = `from=${sim.from}&to=${sim.to}`;
    const own = await partner.get(`/api/sites/${site.slug}/stats/partner?${q}`);
    expect(own.statusCode, own.body).toBe(200);
    const p = own.json() as PartnerReport;
    expect(p.organisation.slug).toBe('actiris');
    expect(p.agreedSharePercent).toBe(45);
    expect(p.sharePercent).toBeGreaterThan(25);
    expect(p.sharePercent).toBeLessThan(60);
    expectProblem(
      await partner.get(`/api/sites/${site.slug}/stats/partner?${q}&organisation=vdab`),
      403,
      'auth.forbidden',
    );
    expectProblem(await partner.get(`/api/sites/${site.slug}/stats/report?${q}`), 403, 'auth.forbidden');

    const manager = await site.staff(['manager']);
    const csv = await manager.get(`/api/sites/${site.slug}/stats/export.csv?${q}&table=field_language`, {
      'accept-language': 'en',
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFField,Français,Nederlands,English,Total');
    const xlsx = await manager.get(`/api/sites/${site.slug}/stats/export.xlsx?${q}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('rolls old raw records into aggregates and deletes them (fake clock)', async () => {
    const now = new Date();
    const past = new Date(now.getTime() - 800 * DAY);
    const { site, sim } = await simulatedSite(10, past);
    const db = get().database.db;
    const count = async (table: string) =>
      (
        (await db.execute(
          sql`select count(*)::int as n from ${sql.raw(table)} where site_id = ${site.id}`,
        )) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]?.n ?? 0;
    const before = await count('stats_daily');
    expect(await count('tickets')).toBe(sim.tickets);
    const tooEarly = await statsRound(db, new Date(past.getTime() + 30 * DAY));
    expect(tooEarly.purgedBefore).not.toBeNull();
    expect(await count('tickets')).toBe(sim.tickets);
    await statsRound(db, now);
    expect(await count('tickets')).toBe(0);
    expect(await count('survey_responses')).toBe(0);
    expect(await count('stats_daily')).toBe(before);
  });
});
