import type { SiteId } from '../../common/ids.js';
import type { DbOrTx } from '../db/client.js';
import { auditLog } from '../db/schema/index.js';
import type { Principal } from './auth/principal.js';

export type AuditRecord = {
  action: string;
  targetType: string;
  targetId?: string | null;
  siteId?: SiteId | null;
  detail?: Record<string, unknown>;
};

/** Records a staff action in the caller's transaction. Never pass client data or passwords in `detail`. */
export async function recordAudit(tx: DbOrTx, actor: Principal | null, entry: AuditRecord) {
  await tx.insert(auditLog).values({
    actorUserId: actor?.kind === 'staff' ? actor.userId : null,
    siteId: entry.siteId ?? null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    detail: { ...(entry.detail ?? {}), ...(actor?.kind === 'device' ? { deviceId: actor.deviceId } : {}) },
  });
}
