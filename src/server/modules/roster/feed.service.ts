import { eq } from 'drizzle-orm';
import type { Feed } from '../../../common/roster/plan-schemas.js';
import type { Db } from '../../db/client.js';
import { rosterFeeds } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { randomToken, sha256 } from '../../platform/auth/tokens.js';
import { notFound } from '../../platform/errors.js';
import { addDays } from './calendar.js';
import { shiftsCalendar } from './ics.js';
import { publishedShifts } from './me.service.js';

const feedUrl = (baseUrl: string, token: string) => new URL(`/api/roster/feeds/${token}/plan.ics`, baseUrl).toString();

/**
 * The personal calendar feed: the token is shown once, when made; only its hash is stored, so the current
 * URL cannot be shown again (regenerate to get a new one).
 */
export async function feedState(db: Db, userId: string): Promise<Feed> {
  const [row] = await db.select().from(rosterFeeds).where(eq(rosterFeeds.userId, userId));
  return { url: null, createdAt: row?.createdAt.toISOString() ?? null };
}

export async function regenerateFeed(db: Db, actor: StaffPrincipal, baseUrl: string): Promise<Feed> {
  const token = randomToken();
  const createdAt = new Date();
  await db.transaction(async (tx) => {
    const values = { userId: actor.userId, tokenHash: sha256(token), createdAt };
    await tx.insert(rosterFeeds).values(values).onConflictDoUpdate({ target: rosterFeeds.userId, set: values });
    await recordAudit(tx, actor, { action: 'roster.feed_regenerated', targetType: 'user', targetId: actor.userId });
  });
  return { url: feedUrl(baseUrl, token), createdAt: createdAt.toISOString() };
}

export async function revokeFeed(db: Db, actor: StaffPrincipal) {
  await db.transaction(async (tx) => {
    await tx.delete(rosterFeeds).where(eq(rosterFeeds.userId, actor.userId));
    await recordAudit(tx, actor, { action: 'roster.feed_revoked', targetType: 'user', targetId: actor.userId });
  });
}

/** The feed for a token: published shifts from 30 days ago to 120 days ahead. An unknown token is not found. */
export async function feedCalendar(db: Db, token: string, now = new Date()): Promise<string> {
  const [row] = await db
    .select()
    .from(rosterFeeds)
    .where(eq(rosterFeeds.tokenHash, sha256(token)));
  if (!row) throw notFound();
  const today = now.toISOString().slice(0, 10);
  const shifts = await publishedShifts(db, row.userId, addDays(today, -30), addDays(today, 120));
  return shiftsCalendar(shifts, 'Atrium');
}
