import { and, eq, isNull, sql } from 'drizzle-orm';
import type { StationKind } from '../../../common/domain.js';
import type { SiteId } from '../../../common/ids.js';
import { serviceDate } from '../../../common/site-time.js';
import { effectiveLimit } from '../../../common/space/rules.js';
import { normalizeSpaceCode } from '../../../common/space/vocabulary.js';
import type { Db, Tx } from '../../db/client.js';
import { spaceTickets, stationUses } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';
import { offerFreeStations } from './offers.js';
import { getSpaceRules } from './settings.service.js';
import { loadFloor, type SpaceTicketRow, waitingCount } from './space-floor.js';
import { mapOpenConflict, spaceTransaction } from './space-tx.js';

export type StartRequest = { stationId: string; ticketCode?: string | undefined };

async function ticketByCode(tx: Tx, siteId: SiteId, day: string, code: string) {
  const normal = normalizeSpaceCode(code);
  if (!normal) throw new DomainError('space.ticket_invalid');
  const [t] = await tx
    .select()
    .from(spaceTickets)
    .where(and(eq(spaceTickets.siteId, siteId), eq(spaceTickets.serviceDate, day), eq(spaceTickets.code, normal)));
  if (!t || (t.status !== 'waiting' && t.status !== 'offered')) throw new DomainError('space.ticket_invalid');
  return t;
}

/**
 * Starts a use (a steward, or a ticket holder at the station screen). The station must be in service
 * and not offered to someone else; the database refuses a second open use of a station.
 */
export async function startUse(
  db: Db,
  site: SiteRow,
  siteId: SiteId,
  actor: Principal,
  req: StartRequest,
  now = new Date(),
) {
  const day = serviceDate(now, site.timeZone);
  const result = await spaceTransaction(db, siteId, async (tx) => {
    const floor = await loadFloor(tx, siteId);
    const station = floor.stations.find((s) => s.id === req.stationId);
    if (!station) throw notFound();
    if (station.outOfOrder) throw new DomainError('station.out_of_order');
    if (floor.uses.has(station.id)) throw new DomainError('station.busy');
    let ticket: SpaceTicketRow | undefined;
    if (req.ticketCode !== undefined) {
      ticket = await ticketByCode(tx, siteId, day, req.ticketCode);
      if (ticket.kind !== station.kind) throw new DomainError('station.kind_mismatch');
    }
    const offer = floor.offers.get(station.id);
    if (offer && offer.id !== ticket?.id) throw new DomainError('station.reserved');
    const rules = await getSpaceRules(tx, siteId);
    const kind = station.kind as StationKind;
    const waiting = waitingCount(floor, kind) - (ticket?.status === 'waiting' ? 1 : 0);
    const limit = effectiveLimit(site.timeLimits, kind, waiting, rules);
    const [use] = await tx
      .insert(stationUses)
      .values({
        siteId,
        stationId: station.id,
        kind,
        zoneId: station.zoneId,
        serviceDate: day,
        startedAt: now,
        endsAt: new Date(now.getTime() + limit.minutes * 60_000),
        limitMinutes: limit.minutes,
        normalLimitMinutes: limit.normalMinutes,
        startedVia: ticket ? 'ticket' : 'steward',
        ticketId: ticket?.id ?? null,
      })
      .returning()
      .catch(mapOpenConflict);
    if (!use) throw new Error('use insert returned nothing');
    const stationIds = [station.id];
    if (ticket) {
      // Seated elsewhere than offered: the offered station goes to the next person waiting.
      if (ticket.offeredStationId && ticket.offeredStationId !== station.id) stationIds.push(ticket.offeredStationId);
      await tx
        .update(spaceTickets)
        .set({ status: 'seated', seatedAt: now, closedAt: now })
        .where(eq(spaceTickets.id, ticket.id));
      await recordEvent(tx, siteId, 'space.ticket_changed', { ticketIds: [ticket.id], stationIds, change: 'seated' });
      if (stationIds.length > 1) await offerFreeStations(tx, siteId, now);
    }
    await recordEvent(tx, siteId, 'space.changed', { stationIds, change: 'started', useId: use.id });
    if (actor.kind === 'staff') {
      await recordAudit(tx, actor, {
        action: 'station_use.start',
        targetType: 'station',
        targetId: station.id,
        siteId,
      });
    }
    return use;
  });
  return result;
}

async function openUse(tx: Tx, siteId: SiteId, id: string) {
  const [use] = await tx
    .select()
    .from(stationUses)
    .where(and(eq(stationUses.id, id), eq(stationUses.siteId, siteId)))
    .for('update');
  if (!use) throw notFound();
  if (use.endedAt) throw new DomainError('use.ended');
  return use;
}

/** Adds the configured minutes, up to the configured number of extensions per use. */
export async function extendUse(db: Db, actor: Principal, siteId: SiteId, id: string) {
  return spaceTransaction(db, siteId, async (tx) => {
    const use = await openUse(tx, siteId, id);
    const rules = await getSpaceRules(tx, siteId);
    if (use.extensions >= rules.maxExtensions) {
      throw new DomainError('use.extension_limit', { params: { max: rules.maxExtensions } });
    }
    const [row] = await tx
      .update(stationUses)
      .set({
        extensions: sql`${stationUses.extensions} + 1`,
        endsAt: new Date(use.endsAt.getTime() + rules.extendMinutes * 60_000),
      })
      .where(eq(stationUses.id, id))
      .returning();
    await recordEvent(tx, siteId, 'space.changed', { stationIds: [use.stationId], change: 'extended', useId: id });
    await recordAudit(tx, actor, {
      action: 'station_use.extend',
      targetType: 'station',
      targetId: use.stationId,
      siteId,
    });
    return row ?? use;
  });
}

/** Ends a use; the freed station is offered to the next person waiting for that kind. */
export async function endUse(db: Db, actor: Principal, siteId: SiteId, id: string, now = new Date()) {
  return spaceTransaction(db, siteId, async (tx) => {
    const use = await openUse(tx, siteId, id);
    const [row] = await tx.update(stationUses).set({ endedAt: now }).where(eq(stationUses.id, id)).returning();
    await recordEvent(tx, siteId, 'space.changed', { stationIds: [use.stationId], change: 'ended', useId: id });
    await recordAudit(tx, actor, { action: 'station_use.end', targetType: 'station', targetId: use.stationId, siteId });
    await offerFreeStations(tx, siteId, now);
    return row ?? use;
  });
}

/** Moves a person to another free station of the same kind, keeping their time and extensions. */
export async function moveUse(
  db: Db,
  actor: Principal,
  siteId: SiteId,
  id: string,
  stationId: string,
  now = new Date(),
) {
  return spaceTransaction(db, siteId, async (tx) => {
    const use = await openUse(tx, siteId, id);
    const floor = await loadFloor(tx, siteId);
    const target = floor.stations.find((s) => s.id === stationId);
    if (!target) throw notFound();
    if (target.id === use.stationId || floor.uses.has(target.id)) throw new DomainError('station.busy');
    if (target.outOfOrder) throw new DomainError('station.out_of_order');
    if (target.kind !== use.kind) throw new DomainError('station.kind_mismatch');
    if (floor.offers.has(target.id)) throw new DomainError('station.reserved');
    const [row] = await tx
      .update(stationUses)
      .set({ stationId: target.id, zoneId: target.zoneId, moves: sql`${stationUses.moves} + 1` })
      .where(and(eq(stationUses.id, id), isNull(stationUses.endedAt)))
      .returning()
      .catch(mapOpenConflict);
    await recordEvent(tx, siteId, 'space.changed', {
      stationIds: [use.stationId, target.id],
      change: 'moved',
      useId: id,
    });
    await recordAudit(tx, actor, { action: 'station_use.move', targetType: 'station', targetId: target.id, siteId });
    await offerFreeStations(tx, siteId, now);
    return row ?? use;
  });
}
