import { eq } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import { DEFAULT_SPACE_RULES, type SpaceRules } from '../../../common/space/rules.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { spaceSettings } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { recordEvent } from '../../platform/events/record.js';

export async function getSpaceRules(db: DbOrTx, siteId: SiteId): Promise<SpaceRules> {
  const [row] = await db.select().from(spaceSettings).where(eq(spaceSettings.siteId, siteId));
  return { ...DEFAULT_SPACE_RULES, ...(row?.rules ?? {}) };
}

export async function updateSpaceRules(db: Db, actor: StaffPrincipal, siteId: SiteId, patch: Partial<SpaceRules>) {
  return db.transaction(async (tx) => {
    const rules = { ...(await getSpaceRules(tx, siteId)), ...patch };
    await tx
      .insert(spaceSettings)
      .values({ siteId, rules })
      .onConflictDoUpdate({ target: spaceSettings.siteId, set: { rules, updatedAt: new Date() } });
    await recordAudit(tx, actor, { action: 'space.settings', targetType: 'site', targetId: siteId, siteId });
    await recordEvent(tx, siteId, 'space.changed', { stationIds: [], all: true });
    return rules;
  });
}
