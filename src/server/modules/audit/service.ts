import { and, desc, eq, lt } from 'drizzle-orm';
import type { AuditEntry } from '../../../common/schemas/audit.js';
import type { Db } from '../../db/client.js';
import { auditLog, sites, users } from '../../db/schema/index.js';

export async function listAudit(
  db: Db,
  q: { before?: number | undefined; limit: number; action?: string | undefined },
): Promise<AuditEntry[]> {
  const rows = await db
    .select({ entry: auditLog, actor: users.displayName, siteSlug: sites.slug })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(sites, eq(sites.id, auditLog.siteId))
    .where(and(q.before ? lt(auditLog.id, q.before) : undefined, q.action ? eq(auditLog.action, q.action) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(q.limit);
  return rows.map((r) => ({
    id: String(r.entry.id),
    at: r.entry.at.toISOString(),
    actor: r.actor,
    action: r.entry.action,
    targetType: r.entry.targetType,
    targetId: r.entry.targetId,
    siteSlug: r.siteSlug,
    detail: r.entry.detail,
  }));
}
