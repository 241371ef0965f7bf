import { and, eq, sql } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import { serviceDate } from '../../../common/site-time.js';
import type { directionBodySchema } from '../../../common/visits/schemas.js';
import type { DirectionTarget } from '../../../common/visits/vocabulary.js';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { directions, organisations } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';

/** Reception records people sent elsewhere without a ticket, as anonymous counts. */
export async function recordDirection(
  db: Db,
  actor: StaffPrincipal,
  site: SiteRow,
  siteId: SiteId,
  body: z.infer<typeof directionBodySchema>,
) {
  if (body.organisationId) {
    const [org] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, body.organisationId));
    if (!org)
      throw new DomainError('validation.failed', { fieldErrors: [{ field: 'organisationId', code: 'invalid_value' }] });
  }
  return db.transaction(async (tx) => {
    await tx.insert(directions).values({ siteId, serviceDate: serviceDate(new Date(), site.timeZone), ...body });
    await recordEvent(tx, siteId, 'direction.recorded', { target: body.target, people: body.people });
    await recordAudit(tx, actor, {
      action: 'direction.record',
      targetType: 'direction',
      siteId,
      detail: { target: body.target },
    });
    return directionsToday(tx as unknown as Db, site, siteId);
  });
}

export async function directionsToday(db: Db, site: SiteRow, siteId: SiteId) {
  const rows = await db
    .select({
      target: directions.target,
      organisationId: directions.organisationId,
      people: sql<number>`sum(${directions.people})`.mapWith(Number),
    })
    .from(directions)
    .where(and(eq(directions.siteId, siteId), eq(directions.serviceDate, serviceDate(new Date(), site.timeZone))))
    .groupBy(directions.target, directions.organisationId);
  return rows.map((r) => ({ ...r, target: r.target as DirectionTarget }));
}
