import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import { serviceDate } from '../../../common/site-time.js';
import type { Db } from '../../db/client.js';
import { helpRequests, stationUses } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { DevicePrincipal, StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';
import { spaceTransaction } from './space-tx.js';

/** "I need help" from a station screen; pressing it twice keeps one open request. */
export async function raiseHelp(db: Db, site: SiteRow, device: DevicePrincipal, stationId: string, now = new Date()) {
  const siteId = device.siteId;
  return spaceTransaction(db, siteId, async (tx) => {
    const [open] = await tx
      .select()
      .from(helpRequests)
      .where(and(eq(helpRequests.stationId, stationId), inArray(helpRequests.status, ['raised', 'acknowledged'])));
    if (open) return open;
    const [use] = await tx
      .select({ id: stationUses.id })
      .from(stationUses)
      .where(and(eq(stationUses.stationId, stationId), isNull(stationUses.endedAt)));
    const [row] = await tx
      .insert(helpRequests)
      .values({
        siteId,
        stationId,
        useId: use?.id ?? null,
        serviceDate: serviceDate(now, site.timeZone),
        status: 'raised',
        raisedAt: now,
      })
      .returning();
    if (!row) throw new Error('help insert returned nothing');
    if (use) {
      await tx
        .update(stationUses)
        .set({ helpRequests: sql`${stationUses.helpRequests} + 1` })
        .where(eq(stationUses.id, use.id));
    }
    await recordEvent(tx, siteId, 'space.help_changed', { stationIds: [stationId], helpId: row.id, change: 'raised' });
    return row;
  });
}

/** The person at the station no longer needs help; only their own station's request. */
export async function cancelHelp(db: Db, device: DevicePrincipal, stationId: string, id: string, now = new Date()) {
  return spaceTransaction(db, device.siteId, async (tx) => {
    const [help] = await tx
      .select()
      .from(helpRequests)
      .where(and(eq(helpRequests.id, id), eq(helpRequests.siteId, device.siteId)));
    if (!help) throw notFound();
    if (help.stationId !== stationId) throw new DomainError('help.not_yours');
    if (help.status !== 'raised' && help.status !== 'acknowledged') throw new DomainError('help.wrong_state');
    const [row] = await tx
      .update(helpRequests)
      .set({ status: 'cancelled', resolvedAt: now })
      .where(eq(helpRequests.id, id))
      .returning();
    await recordEvent(tx, device.siteId, 'space.help_changed', {
      stationIds: [stationId],
      helpId: id,
      change: 'cancelled',
    });
    return row ?? help;
  });
}

/** A steward says "on my way" (acknowledge) or "done" (resolve). */
export async function moveHelp(
  db: Db,
  actor: StaffPrincipal,
  siteId: SiteId,
  id: string,
  to: 'acknowledged' | 'resolved',
  now = new Date(),
) {
  return spaceTransaction(db, siteId, async (tx) => {
    const from = to === 'acknowledged' ? ['raised'] : ['raised', 'acknowledged'];
    const [row] = await tx
      .update(helpRequests)
      .set(to === 'acknowledged' ? { status: to, acknowledgedAt: now } : { status: to, resolvedAt: now })
      .where(and(eq(helpRequests.id, id), eq(helpRequests.siteId, siteId), inArray(helpRequests.status, from)))
      .returning();
    if (!row) {
      const [exists] = await tx
        .select({ id: helpRequests.id })
        .from(helpRequests)
        .where(and(eq(helpRequests.id, id), eq(helpRequests.siteId, siteId)));
      throw exists ? new DomainError('help.wrong_state') : notFound();
    }
    // Resolving without acknowledging first counts the resolution as the acknowledgement too.
    if (to === 'resolved' && !row.acknowledgedAt) {
      await tx.update(helpRequests).set({ acknowledgedAt: now }).where(eq(helpRequests.id, id));
    }
    await recordEvent(tx, siteId, 'space.help_changed', { stationIds: [row.stationId], helpId: id, change: to });
    await recordAudit(tx, actor, {
      action: `help.${to === 'acknowledged' ? 'acknowledge' : 'resolve'}`,
      targetType: 'help_request',
      targetId: id,
      siteId,
    });
    return row;
  });
}
