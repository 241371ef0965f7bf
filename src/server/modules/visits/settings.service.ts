import { eq } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import type { VisitSettings } from '../../../common/visits/schemas.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { visitSettings } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { recordEvent } from '../../platform/events/record.js';
import { getOrSet } from '../../platform/get-or-set.js';

export const DEFAULT_VISIT_SETTINGS: VisitSettings = {
  recallLimit: 2,
  closeBeforeMinutes: 30,
  transferredFirst: true,
  ratios: [],
};

/** Read on every call and ticket: cached per instance for a few seconds, forgotten on change. */
const SETTINGS_TTL_MS = 5_000;
const cache = new WeakMap<object, Map<string, { value: VisitSettings; until: number }>>();

export async function getVisitSettings(db: DbOrTx, siteId: SiteId): Promise<VisitSettings> {
  const hit = cache.get(db)?.get(siteId);
  if (hit && hit.until > Date.now()) return hit.value;
  const [row] = await db.select().from(visitSettings).where(eq(visitSettings.siteId, siteId));
  const value = row
    ? {
        recallLimit: row.recallLimit,
        closeBeforeMinutes: row.closeBeforeMinutes,
        transferredFirst: row.rules.transferredFirst,
        ratios: row.rules.ratios,
      }
    : DEFAULT_VISIT_SETTINGS;
  getOrSet(cache, db, () => new Map()).set(siteId, { value, until: Date.now() + SETTINGS_TTL_MS });
  return value;
}

export async function updateVisitSettings(db: Db, actor: StaffPrincipal, siteId: SiteId, input: VisitSettings) {
  const values = {
    recallLimit: input.recallLimit,
    closeBeforeMinutes: input.closeBeforeMinutes,
    rules: { transferredFirst: input.transferredFirst, ratios: input.ratios },
    updatedAt: new Date(),
  };
  return db
    .transaction(async (tx) => {
      await tx
        .insert(visitSettings)
        .values({ siteId, ...values })
        .onConflictDoUpdate({ target: visitSettings.siteId, set: values });
      await recordAudit(tx, actor, { action: 'visits.settings', targetType: 'site', targetId: siteId, siteId });
      await recordEvent(tx, siteId, 'queues.settings_changed', {});
      return input;
    })
    .finally(() => cache.delete(db));
}
