import { sql } from 'drizzle-orm';
import type { FeedImportBody, FeedReport } from '../../../../common/catalogue/feed-schemas.js';
import { FEED_LIMITS } from '../../../../common/catalogue/feed-schemas.js';
import type { DbOrTx } from '../../../db/client.js';
import { offers } from '../../../db/schema/catalogue.js';
import { recordAudit } from '../../../platform/audit.js';
import type { StaffPrincipal } from '../../../platform/auth/principal.js';
import { DomainError } from '../../../platform/errors.js';
import { syncOfferDocs } from '../offers/offer-docs.js';
import { authorize } from '../policy.js';
import { csvRows, FeedFileError, type FeedRow, jsonRows } from './feed-rows.js';

/**
 * Imports a feed of offers for the actor's organisation: every valid row is upserted by (source, source
 * id) in ONE transaction; every invalid row (and every duplicate id) is listed with its reason. A file
 * that cannot be read at all is a 400 and writes nothing.
 */
export async function importFeed(db: DbOrTx, actor: StaffPrincipal, body: FeedImportBody): Promise<FeedReport> {
  authorize(actor, 'offer.create', { organisationId: actor.organisationId });
  const today = new Date().toISOString().slice(0, 10);
  let rows: FeedRow[];
  try {
    rows = body.format === 'csv' ? csvRows(body.content, today) : jsonRows(body.content, today);
  } catch (error) {
    if (error instanceof FeedFileError)
      throw new DomainError('validation.failed', {
        fieldErrors: [{ field: 'content', code: 'invalid', params: { reason: error.message } }],
      });
    throw error;
  }
  if (rows.length > FEED_LIMITS.rows)
    throw new DomainError('validation.failed', {
      fieldErrors: [{ field: 'content', code: 'too_big', params: { maximum: FEED_LIMITS.rows } }],
    });
  const seen = new Map<string, number>();
  const rejected: FeedReport['rejected'] = [];
  const valid: FeedRow[] = [];
  for (const r of rows) {
    if (r.sourceId && seen.has(r.sourceId))
      rejected.push({
        row: r.row,
        sourceId: r.sourceId,
        reason: `duplicate id (first on row ${seen.get(r.sourceId)})`,
      });
    else if (r.reason || !r.input) rejected.push({ row: r.row, sourceId: r.sourceId, reason: r.reason ?? 'invalid' });
    else valid.push(r);
    if (r.sourceId && !seen.has(r.sourceId)) seen.set(r.sourceId, r.row);
  }
  let created = 0;
  let updated = 0;
  await db.transaction(async (tx) => {
    for (const r of valid) {
      const input = r.input;
      if (!input) continue;
      const [row] = await tx
        .insert(offers)
        .values({
          ...input,
          titles: input.titles as Record<string, string>,
          descriptions: input.descriptions as Record<string, string>,
          organisationId: actor.organisationId,
          source: body.source,
          sourceId: r.sourceId,
          createdBy: actor.userId,
        })
        .onConflictDoUpdate({
          target: [offers.organisationId, offers.source, offers.sourceId],
          set: {
            kind: input.kind,
            titles: input.titles as Record<string, string>,
            descriptions: input.descriptions as Record<string, string>,
            languages: input.languages,
            occupationUris: input.occupationUris,
            details: input.details,
            closesOn: input.closesOn,
            status: input.status,
            updatedAt: sql`now()`,
          },
        })
        .returning({ id: offers.id, created: sql<boolean>`(xmax = 0)` });
      if (!row) continue;
      if (row.created) created++;
      else updated++;
      const [full] = await tx.select().from(offers).where(sql`${offers.id} = ${row.id}`);
      if (full) await syncOfferDocs(tx, full);
    }
    await recordAudit(tx, actor, {
      action: 'offer.feed_import',
      targetType: 'organisation',
      targetId: actor.organisationId,
      detail: { source: body.source, created, updated, rejected: rejected.length },
    });
  });
  return { created, updated, rejected };
}
