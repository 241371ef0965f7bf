/** A called client who does not come: recall them, and after the last recall mark them a no-show. */
import type { SiteId } from '../../../common/ids.js';
import type { Db } from '../../db/client.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import { announceCall } from './calls.service.js';
import { openDeskSession } from './desk.service.js';
import { heldTicket, updateTicket } from './held-tickets.js';
import { presentStaffTicket } from './presenters.js';
import { getVisitSettings } from './settings.service.js';

export async function recallTicket(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string) {
  const settings = await getVisitSettings(db, siteId);
  return db.transaction(async (tx) => {
    const session = await openDeskSession(tx, actor, siteId);
    const t = await heldTicket(tx, session, siteId, id, ['called']);
    if (t.recalls >= settings.recallLimit) throw new DomainError('ticket.recall_limit');
    const row = await updateTicket(tx, id, { recalls: t.recalls + 1 });
    await announceCall(tx, siteId, row, session, 'ticket.recalled');
    return presentStaffTicket(row);
  });
}

export async function markNoShow(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string) {
  const settings = await getVisitSettings(db, siteId);
  return db.transaction(async (tx) => {
    const session = await openDeskSession(tx, actor, siteId);
    const t = await heldTicket(tx, session, siteId, id, ['called']);
    if (t.recalls < settings.recallLimit) {
      throw new DomainError('ticket.recalls_remaining', { params: { remaining: settings.recallLimit - t.recalls } });
    }
    const row = await updateTicket(tx, id, { status: 'no_show', endedAt: new Date() });
    await recordEvent(tx, siteId, 'ticket.no_show', { id, code: row.code });
    return presentStaffTicket(row);
  });
}
