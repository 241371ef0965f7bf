import { serviceDate } from '../../../common/site-time.js';
import type { Db } from '../../db/client.js';
import { listSites } from '../sites/sites.service.js';
import { rows } from './rows.js';
import { monthlyRefresh } from './sources/monthly-rollup.js';
import { getStatsSettings } from './settings.service.js';
import { purgeRaw, ratingsUpsert, rollupDelete, rollupInsert, unrolledDays } from './sources/walk-in-rollup.js';

/** Recomputes the daily rollup of the given sites for a range of days, in one transaction. */
export async function rollupDays(db: Db, siteIds: string[], from: string, to: string) {
  if (siteIds.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.execute(rollupDelete(siteIds, from, to));
    for (const statement of rollupInsert(siteIds, from, to)) await tx.execute(statement);
    await tx.execute(ratingsUpsert(siteIds, from, to));
    for (const statement of monthlyRefresh(siteIds, from, to)) await tx.execute(statement);
  });
}

const shiftMonths = (day: string, months: number) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
};

/**
 * The daily statistics job: every closed day (before today, site time) gets its rollup once; raw
 * anonymous records older than the site's retention period (default 24 months) are then deleted —
 * their figures stay in the rollup. Idempotent; returns what it did.
 */
export async function statsRound(db: Db, now = new Date()) {
  let rolled = 0;
  let purgedBefore: string | null = null;
  for (const site of await listSites(db)) {
    const today = serviceDate(now, site.timeZone);
    const days = await rows<{ day: string }>(db, unrolledDays(site.id, today));
    for (const { day } of days) await rollupDays(db, [site.id], day, day);
    rolled += days.length;
    const settings = await getStatsSettings(db, site.id);
    const cutOff = shiftMonths(today, settings.retentionMonths);
    await db.transaction(async (tx) => {
      for (const statement of purgeRaw(site.id, cutOff)) await tx.execute(statement);
    });
    purgedBefore = cutOff;
  }
  return { rolled, purgedBefore };
}
