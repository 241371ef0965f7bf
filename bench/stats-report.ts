/**
 * bench:stats — a network of 30 centres × 5 years of walk-in records (about 10 million tickets) on
 * PostgreSQL, generated server-side with generate_series (two statements at a time, one per centre),
 * rolled up per day, then period reports (month, quarter, year; one centre or the whole network)
 * timed through the stats service. Prints generation time and report p50/p95; `-- --json` prints
 * {"records","generateSeconds","reportP50Ms","reportP95Ms"} on its last line.
 * Options: --sites N (30) --years N (5) --per-day N (255) --reports N (60).
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { BRUSSELS_SITE, ORGANISATIONS } from '../src/server/seed/brussels.js';
import { openDatabase } from '../src/server/db/client.js';
import { migrate } from '../src/server/db/migrate.js';
import { organisations, sites } from '../src/server/db/schema/index.js';
import type { SiteId } from '../src/common/ids.js';
import { periodReport, type ReportScope } from '../src/server/modules/stats/report.service.js';
import { organisationSlots } from '../src/server/modules/stats/simulate.service.js';
import { monthlyRefresh } from '../src/server/modules/stats/sources/monthly-rollup.js';
import { rollupInsert } from '../src/server/modules/stats/sources/walk-in-rollup.js';
import { walkInInsert } from '../src/server/modules/stats/sources/walk-in-generator.js';
import { freshPostgres } from './lib.js';
import { percentile, round } from './stats.js';

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    sites: { type: 'string', default: '30' },
    years: { type: 'string', default: '5' },
    'per-day': { type: 'string', default: '255' },
    reports: { type: 'string', default: '60' },
  },
});
const SITES = Number(args.sites);
const YEARS = Number(args.years);
const PER_DAY = Number(args['per-day']);
const REPORTS = Number(args.reports);
const PARALLEL = 2;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const seconds = (t0: number) => (performance.now() - t0) / 1000;

/** Runs jobs with at most `n` at a time. */
async function pool<T>(items: T[], n: number, job: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: n }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await job(item);
    }),
  );
}

async function main() {
  const url = await freshPostgres('atrium_bench_stats');
  if (!url) throw new Error('no PostgreSQL server (BENCH_ADMIN_DATABASE_URL)');
  const database = await openDatabase({ kind: 'postgres', url });
  const db = database.db;
  try {
    await migrate(database);
    const orgs = await db
      .insert(organisations)
      .values(
        ORGANISATIONS.map((o) => ({
          slug: o.slug,
          name: o.name,
          kind: o.kind,
          fundingSharePercent: o.fundingSharePercent,
        })),
      )
      .returning({ id: organisations.id, slug: organisations.slug });
    const centres = await db
      .insert(sites)
      .values(Array.from({ length: SITES }, (_, i) => ({ ...BRUSSELS_SITE, slug: `centre-${i + 1}` })))
      .returning({ id: sites.id, slug: sites.slug, timeZone: sites.timeZone });
    const to = new Date(Date.now() - 86_400_000);
    const from = new Date(to);
    from.setUTCFullYear(from.getUTCFullYear() - YEARS);
    const slots = organisationSlots(orgs);

    const t0 = performance.now();
    await pool(centres, PARALLEL, async (c) => {
      await db.transaction(async (tx) => {
        // Bench data only: no per-row foreign-key triggers (the ids are the ones just inserted).
        await tx.execute(sql`set local synchronous_commit = off`);
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(
          walkInInsert({
            siteIds: [c.id],
            timeZones: [c.timeZone],
            from: isoDay(from),
            to: isoDay(to),
            perDay: PER_DAY,
            organisationSlots: slots,
          }),
        );
      });
    });
    const generated = seconds(t0);
    const t1 = performance.now();
    await pool(centres, PARALLEL, async (c) => {
      for (const statement of rollupInsert([c.id], isoDay(from), isoDay(to))) await db.execute(statement);
      for (const statement of monthlyRefresh([c.id], isoDay(from), isoDay(to))) await db.execute(statement);
    });
    await db.execute(sql`analyze`);
    const rolled = seconds(t1);
    const generateSeconds = round(seconds(t0), 1);
    const [{ n: records } = { n: 0 }] = (
      (await db.execute(sql`select count(*)::int as n from tickets`)) as unknown as { rows: { n: number }[] }
    ).rows;
    const [{ n: rollupRows } = { n: 0 }] = (
      (await db.execute(sql`select count(*)::int as n from stats_daily`)) as unknown as { rows: { n: number }[] }
    ).rows;

    // Reports: random periods (month, quarter, year) for one centre or the whole network.
    const network: ReportScope = {
      siteIds: centres.map((c) => c.id as SiteId),
      slugs: centres.map((c) => c.slug),
      disclosure: { threshold: 10, roundTo: 1 },
    };
    const span = to.getTime() - from.getTime();
    let seed = 7;
    const rand = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const timings: number[] = [];
    const byKind = new Map<string, number[]>();
    for (let i = 0; i < REPORTS + 3; i++) {
      const days = [31, 92, 365][i % 3] as number;
      const start = new Date(from.getTime() + rand() * (span - days * 86_400_000));
      const end = new Date(start.getTime() + (days - 1) * 86_400_000);
      const wide = i % 2 === 0;
      const centre = centres[Math.floor(rand() * centres.length)] as (typeof centres)[number];
      const scope: ReportScope = wide ? network : { ...network, siteIds: [centre.id as SiteId], slugs: [centre.slug] };
      const t = performance.now();
      await periodReport(db, scope, { from: isoDay(start), to: isoDay(end), scope: wide ? 'network' : 'site' }, 'en');
      const ms = performance.now() - t;
      if (i < 3) continue; // warm-up
      timings.push(ms);
      const kind = `${wide ? 'network' : 'centre'} ${days} d`;
      byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
    }
    const p50 = round(percentile(timings, 50), 1);
    const p95 = round(percentile(timings, 95), 1);
    console.log(`centres ${SITES}, years ${YEARS}, ~${PER_DAY} clients per weekday each`);
    console.log(
      `generated ${records.toLocaleString('en')} ticket records in ${round(generated, 1)} s; rollup (${rollupRows.toLocaleString('en')} rows) in ${round(rolled, 1)} s; total ${generateSeconds} s`,
    );
    for (const [kind, xs] of [...byKind.entries()].sort())
      console.log(
        `  ${kind.padEnd(16)} n=${String(xs.length).padStart(2)}  p50 ${round(percentile(xs, 50), 1)} ms  p95 ${round(percentile(xs, 95), 1)} ms`,
      );
    console.log(`period report: n=${timings.length}  p50 ${p50} ms  p95 ${p95} ms  (target p95 ≤ 500 ms)`);
    if (args.json) console.log(JSON.stringify({ records, generateSeconds, reportP50Ms: p50, reportP95Ms: p95 }));
  } finally {
    await database.close();
  }
}

await main();
