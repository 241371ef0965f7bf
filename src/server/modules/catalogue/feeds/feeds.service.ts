import { getTableColumns, sql } from 'drizzle-orm';
import type { FeedImportBody, FeedReport } from '../../../../common/catalogue/feed-schemas.js';
import { failureParams } from '../../../../common/catalogue/feed-reasons.js';
import { FEED_LIMITS } from '../../../../common/catalogue/feed-schemas.js';
import { catalogueToday } from '../../../../common/catalogue/offer-dates.js';
import type { DbOrTx } from '../../../db/client.js';
import { offers } from '../../../db/schema/catalogue.js';
import { recordAudit } from '../../../platform/audit.js';
import type { StaffPrincipal } from '../../../platform/auth/principal.js';
import { DomainError } from '../../../platform/errors.js';
import { syncOfferDocs } from '../offers/offer-docs.js';
import { authorize } from '../policy.js';
import { csvRows, FeedFileError, type FeedRow, jsonRows } from './feed-rows.js';

/** Whose offers a feed writes, under which source name; `actor` is null when the jobs round runs it. */
export type FeedTarget = {
  organisationId: string;
  source: string;
  actor: StaffPrincipal | null;
  feedSourceId?: string;
};

/** Reads every row of a file; a file that cannot be read at all throws FeedFileError. */
export function feedRows(format: FeedImportBody['format'], content: string, today: string): FeedRow[] {
  const rows = format === 'csv' ? csvRows(content, today) : jsonRows(content, today);
  if (rows.length > FEED_LIMITS.rows)
    throw new FeedFileError({ code: 'too_many_rows', params: { max: FEED_LIMITS.rows } });
  return rows;
}

/** Splits rows into valid ones and a rejection list (invalid rows, and every repeat of an id). */
function sortRows(rows: FeedRow[]) {
  const seen = new Map<string, number>();
  const rejected: FeedReport['rejected'] = [];
  const valid: (FeedRow & { input: NonNullable<FeedRow['input']>; sourceId: string })[] = [];
  for (const r of rows) {
    if (r.sourceId && seen.has(r.sourceId))
      rejected.push({
        row: r.row,
        sourceId: r.sourceId,
        reason: { code: 'duplicate_id', params: { firstRow: seen.get(r.sourceId) ?? 0 } },
      });
    else if (r.reason || !r.input || !r.sourceId)
      rejected.push({ row: r.row, sourceId: r.sourceId, reason: r.reason ?? { code: 'missing_source_id' } });
    else valid.push({ ...r, input: r.input, sourceId: r.sourceId });
    if (r.sourceId && !seen.has(r.sourceId)) seen.set(r.sourceId, r.row);
  }
  return { valid, rejected };
}

/**
 * Upserts the valid rows by (organisation, source, source id) in ONE transaction with its audit entry.
 * Each row is written under its own savepoint: a row the database still refuses (offer and search
 * documents alike) is rolled back alone and reported, never half-written, and never takes the rest down.
 */
export async function importRows(db: DbOrTx, target: FeedTarget, rows: FeedRow[]): Promise<FeedReport> {
  const { valid, rejected } = sortRows(rows);
  let created = 0;
  let updated = 0;
  await db.transaction(async (tx) => {
    for (const r of valid) {
      const { input } = r;
      const texts = {
        titles: input.titles as Record<string, string>,
        descriptions: input.descriptions as Record<string, string>,
      };
      try {
        const wasCreated = await tx.transaction(async (sp) => {
          const [row] = await sp
            .insert(offers)
            .values({
              ...input,
              ...texts,
              organisationId: target.organisationId,
              source: target.source,
              sourceId: r.sourceId,
              createdBy: target.actor?.userId ?? null,
            })
            .onConflictDoUpdate({
              target: [offers.organisationId, offers.source, offers.sourceId],
              set: {
                kind: input.kind,
                ...texts,
                languages: input.languages,
                occupationUris: input.occupationUris,
                details: input.details,
                closesOn: input.closesOn,
                status: input.status,
                updatedAt: sql`now()`,
              },
            })
            .returning({ ...getTableColumns(offers), created: sql<boolean>`(xmax = 0)` });
          if (!row) throw new Error('upsert returned nothing');
          const { created: fresh, ...offer } = row;
          await syncOfferDocs(sp, offer);
          return fresh;
        });
        if (wasCreated) created++;
        else updated++;
      } catch {
        rejected.push({ row: r.row, sourceId: r.sourceId, reason: { code: 'refused_by_database' } });
      }
    }
    rejected.sort((a, b) => a.row - b.row);
    await recordAudit(tx, target.actor, {
      action: 'offer.feed_import',
      targetType: 'organisation',
      targetId: target.organisationId,
      detail: {
        source: target.source,
        ...(target.feedSourceId ? { feedSourceId: target.feedSourceId } : {}),
        created,
        updated,
        rejected: rejected.length,
      },
    });
  });
  return { created, updated, rejected };
}

/**
 * Imports an uploaded feed for the actor's organisation. A file that cannot be read at all is a 400 and
 * writes nothing; otherwise every row is either imported or listed in the report with its reason.
 */
export async function importFeed(
  db: DbOrTx,
  actor: StaffPrincipal,
  body: FeedImportBody,
  now = new Date(),
): Promise<FeedReport> {
  authorize(actor, 'offer.create', { organisationId: actor.organisationId });
  let rows: FeedRow[];
  try {
    rows = feedRows(body.format, body.content, catalogueToday(now));
  } catch (error) {
    if (error instanceof FeedFileError)
      throw new DomainError('validation.failed', {
        fieldErrors: [{ field: 'content', code: error.failure.code, params: failureParams(error.failure) }],
      });
    throw error;
  }
  return importRows(db, { organisationId: actor.organisationId, source: body.source, actor }, rows);
}
