import { eq } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import type { VisitSettings } from '../../../common/visits/schemas.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { visitSettings } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { recordEvent } from '../../platform/events/record.js';

export const DEFAULT_VISIT_SETTINGS: VisitSettings = {
  recallLimit: 2,
  closeBeforeMinutes: 30,
  transferredFirst: true,
  ratios: [],
};

export async function getVisitSettings(db: DbOrTx, siteId: SiteId): Promise<VisitSettings> {
  const [row] = await db.select().from(visitSettings).where(eq(visitSettings.siteId, siteId));
  if (!row) return DEFAULT_VISIT_SETTINGS;
  return {
    recallLimit: row.recallLimit,
    closeBeforeMinutes: row.closeBeforeMinutes,
    transferredFirst: row.rules.transferredFirst,
    ratios: row.rules.ratios,
  };
}

export async function updateVisitSettings(db: Db, actor: StaffPrincipal, siteId: SiteId, input: VisitSettings) {
  const values = {
    recallLimit: input.recallLimit,
    closeBeforeMinutes: input.closeBeforeMinutes,
    rules: { transferredFirst: input.transferredFirst, ratios: input.ratios },
    updatedAt: new Date(),
  };
  return db.transaction(async (tx) => {
    await tx
      .insert(visitSettings)
      .values({ siteId, ...values })
      .onConflictDoUpdate({ target: visitSettings.siteId, set: values });
    await recordAudit(tx, actor, { action: 'visits.settings', targetType: 'site', targetId: siteId, siteId });
    await recordEvent(tx, siteId, 'queues.settings_changed', {});
    return input;
  });
}
