import { and, eq } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import type { CheckIn } from '../../../common/roster/plan-schemas.js';
import { serviceDate } from '../../../common/site-time.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { rosterCheckins } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';

type Row = typeof rosterCheckins.$inferSelect;
const present = (date: string, row: Row | undefined): CheckIn => ({
  date,
  checkedInAt: row?.checkedInAt.toISOString() ?? null,
  checkedOutAt: row?.checkedOutAt?.toISOString() ?? null,
  onSite: row !== undefined && row.checkedOutAt === null,
});

const today = (db: DbOrTx, siteId: SiteId, userId: string, date: string) =>
  db
    .select()
    .from(rosterCheckins)
    .where(and(eq(rosterCheckins.siteId, siteId), eq(rosterCheckins.userId, userId), eq(rosterCheckins.date, date)));

export async function myCheckIn(db: Db, site: SiteRow, siteId: SiteId, userId: string, now = new Date()) {
  const date = serviceDate(now, site.timeZone);
  const [row] = await today(db, siteId, userId, date);
  return present(date, row);
}

/** "I'm on site" (again after a check-out the same day: the first arrival time stays). */
export async function checkIn(db: Db, actor: StaffPrincipal, site: SiteRow, siteId: SiteId, now = new Date()) {
  const date = serviceDate(now, site.timeZone);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(rosterCheckins)
      .values({ siteId, userId: actor.userId, date, checkedInAt: now })
      .onConflictDoUpdate({
        target: [rosterCheckins.siteId, rosterCheckins.userId, rosterCheckins.date],
        set: { checkedOutAt: null },
      })
      .returning();
    await recordAudit(tx, actor, { action: 'roster.check_in', targetType: 'user', targetId: actor.userId, siteId });
    await recordEvent(tx, siteId, 'checkin.changed', { onSite: true });
    return present(date, row);
  });
}

export async function checkOut(db: Db, actor: StaffPrincipal, site: SiteRow, siteId: SiteId, now = new Date()) {
  const date = serviceDate(now, site.timeZone);
  return db.transaction(async (tx) => {
    const [open] = await today(tx, siteId, actor.userId, date);
    if (!open || open.checkedOutAt !== null) throw new DomainError('roster.not_checked_in');
    const [row] = await tx
      .update(rosterCheckins)
      .set({ checkedOutAt: now })
      .where(
        and(eq(rosterCheckins.siteId, siteId), eq(rosterCheckins.userId, actor.userId), eq(rosterCheckins.date, date)),
      )
      .returning();
    await recordAudit(tx, actor, { action: 'roster.check_out', targetType: 'user', targetId: actor.userId, siteId });
    await recordEvent(tx, siteId, 'checkin.changed', { onSite: false });
    return present(date, row);
  });
}
