import { asc, eq, isNull, lt, or } from 'drizzle-orm';
import {
  FEED_REFRESH_HOURS,
  type FeedReport,
  type FeedSource,
  type FeedSourceInput,
} from '../../../../common/catalogue/feed-schemas.js';
import { type FeedFailure, failureParams } from '../../../../common/catalogue/feed-reasons.js';
import { catalogueToday } from '../../../../common/catalogue/offer-dates.js';
import type { DbOrTx } from '../../../db/client.js';
import { feedSources } from '../../../db/schema/catalogue.js';
import { recordAudit } from '../../../platform/audit.js';
import type { StaffPrincipal } from '../../../platform/auth/principal.js';
import { DomainError, mapUniqueViolation, notFound } from '../../../platform/errors.js';
import { authorize } from '../policy.js';
import type { FeedRow } from './feed-rows.js';
import type { FeedFetcher } from './fetch-feed.js';
import { feedRows, importRows } from './feeds.service.js';
import { FeedFailureError } from './row-reasons.js';
import { readError, readReport, storedError } from './stored-feed-state.js';

type SourceRow = typeof feedSources.$inferSelect;
const REFRESH_MS = FEED_REFRESH_HOURS * 3_600_000;

export const presentFeedSource = (s: SourceRow): FeedSource => ({
  id: s.id,
  organisationId: s.organisationId,
  source: s.source,
  url: s.url,
  format: s.format,
  lastRunAt: s.lastRunAt?.toISOString() ?? null,
  lastStatus: s.lastStatus,
  lastReport: readReport(s.lastReport),
  lastError: readError(s.lastError),
  nextRunAt: new Date((s.lastRunAt ?? s.createdAt).getTime() + REFRESH_MS).toISOString(),
});

/** Fetches and reads a source's file; a failure (address or file) comes back for the source's status, not thrown. */
async function fetchRows(
  source: Pick<SourceRow, 'url' | 'format'>,
  fetcher: FeedFetcher,
  now: Date,
): Promise<{ rows: FeedRow[] } | { failure: FeedFailure }> {
  try {
    return { rows: feedRows(source.format, await fetcher(source.url), catalogueToday(now)) };
  } catch (error) {
    if (error instanceof FeedFailureError) return { failure: error.failure };
    throw error;
  }
}

/** One run: the import and the source's new status in one transaction. */
async function run(db: DbOrTx, source: SourceRow, actor: StaffPrincipal | null, fetcher: FeedFetcher, now: Date) {
  const read = await fetchRows(source, fetcher, now);
  return db.transaction(async (tx) => {
    let report: FeedReport | null = null;
    if ('rows' in read)
      report = await importRows(
        tx,
        { organisationId: source.organisationId, source: source.source, actor, feedSourceId: source.id },
        read.rows,
      );
    else
      await recordAudit(tx, actor, {
        action: 'offer.feed_failed',
        targetType: 'feed_source',
        targetId: source.id,
        detail: { failure: read.failure },
      });
    const [row] = await tx
      .update(feedSources)
      .set({
        lastRunAt: now,
        lastStatus: report ? 'ok' : 'failed',
        lastReport: report,
        lastError: storedError('failure' in read ? read.failure : null),
      })
      .where(eq(feedSources.id, source.id))
      .returning();
    if (!row) throw notFound();
    return row;
  });
}

/** The actor's organisation's feed URLs. */
export async function listFeedSources(db: DbOrTx, actor: StaffPrincipal): Promise<FeedSource[]> {
  authorize(actor, 'offer.create', { organisationId: actor.organisationId });
  const list = await db
    .select()
    .from(feedSources)
    .where(eq(feedSources.organisationId, actor.organisationId))
    .orderBy(asc(feedSources.source));
  return list.map(presentFeedSource);
}

/**
 * Adds a feed URL for the actor's organisation and imports it at once. A URL that cannot be read now is
 * refused with the reason (the person is there to correct it); later failures are kept on the source.
 */
export async function addFeedSource(
  db: DbOrTx,
  actor: StaffPrincipal,
  input: FeedSourceInput,
  fetcher: FeedFetcher,
  now = new Date(),
): Promise<FeedSource> {
  authorize(actor, 'offer.create', { organisationId: actor.organisationId });
  const read = await fetchRows(input, fetcher, now);
  if ('failure' in read)
    throw new DomainError('feed.fetch_failed', {
      fieldErrors: [{ field: 'url', code: read.failure.code, params: failureParams(read.failure) }],
    });
  return db.transaction(async (tx) => {
    const [source] = await tx
      .insert(feedSources)
      .values({ ...input, organisationId: actor.organisationId, createdBy: actor.userId, createdAt: now })
      .returning()
      .catch((error: unknown) => mapUniqueViolation(error, { catalogue_feed_sources_source_uq: 'source' }));
    if (!source) throw new Error('insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'offer.feed_source_add',
      targetType: 'feed_source',
      targetId: source.id,
      detail: { source: input.source, url: input.url, format: input.format },
    });
    const report = await importRows(
      tx,
      { organisationId: actor.organisationId, source: input.source, actor, feedSourceId: source.id },
      read.rows,
    );
    const [row] = await tx
      .update(feedSources)
      .set({ lastRunAt: now, lastStatus: 'ok', lastReport: report, lastError: null })
      .where(eq(feedSources.id, source.id))
      .returning();
    return presentFeedSource(row ?? source);
  });
}

async function ownSource(db: DbOrTx, actor: StaffPrincipal, id: string) {
  const [source] = await db.select().from(feedSources).where(eq(feedSources.id, id));
  if (!source) throw notFound();
  authorize(actor, 'offer.edit', { organisationId: source.organisationId });
  return source;
}

/** Fetches a source again now; the answer carries its new status and report (a failure is a status, not an error). */
export async function refreshFeedSource(
  db: DbOrTx,
  actor: StaffPrincipal,
  id: string,
  fetcher: FeedFetcher,
  now = new Date(),
): Promise<FeedSource> {
  const source = await ownSource(db, actor, id);
  return presentFeedSource(await run(db, source, actor, fetcher, now));
}

/** Stops refreshing a URL; the offers it brought in stay (their organisation edits or unpublishes them). */
export async function removeFeedSource(db: DbOrTx, actor: StaffPrincipal, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const source = await ownSource(tx, actor, id);
    await tx.delete(feedSources).where(eq(feedSources.id, source.id));
    await recordAudit(tx, actor, {
      action: 'offer.feed_source_remove',
      targetType: 'feed_source',
      targetId: source.id,
      detail: { source: source.source, url: source.url },
    });
  });
}

/** The jobs round: every source not run for FEED_REFRESH_HOURS is fetched again, one after the other. */
export async function refreshDueFeeds(db: DbOrTx, fetcher: FeedFetcher, now = new Date()): Promise<number> {
  const due = await db
    .select()
    .from(feedSources)
    .where(or(isNull(feedSources.lastRunAt), lt(feedSources.lastRunAt, new Date(now.getTime() - REFRESH_MS))))
    .orderBy(asc(feedSources.lastRunAt));
  for (const source of due) await run(db, source, null, fetcher, now);
  return due.length;
}
