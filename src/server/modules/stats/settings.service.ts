import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { statsSettings } from '../../db/schema/index.js';

export type StatsSettings = { retentionMonths: number; threshold: number; roundTo: 1 | 5 };
export const DEFAULT_STATS_SETTINGS: StatsSettings = { retentionMonths: 24, threshold: 10, roundTo: 1 };

export async function getStatsSettings(db: DbOrTx, siteId: string): Promise<StatsSettings> {
  const [row] = await db.select().from(statsSettings).where(eq(statsSettings.siteId, siteId));
  if (!row) return DEFAULT_STATS_SETTINGS;
  return { retentionMonths: row.retentionMonths, threshold: row.threshold, roundTo: row.roundTo === 5 ? 5 : 1 };
}
