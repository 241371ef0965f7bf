import { inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { SiteId } from '../../../common/ids.js';
import { maskPersonalData } from '../../../common/privacy/personal-data.js';
import type { endSessionBodySchema, transferBodySchema } from '../../../common/visits/schemas.js';
import type { Db } from '../../db/client.js';
import { organisations, tickets } from '../../db/schema/index.js';
import { randomToken } from '../../platform/auth/tokens.js';
import { DomainError } from '../../platform/errors.js';
import { recordEvent } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';
import { changeTickets, heldTicket, sessionOf, updateTicket } from './calls.service.js';
import { openDeskSession } from './desk.service.js';
import { presentStaffTicket } from './presenters.js';

type EndBody = z.infer<typeof endSessionBodySchema>;
type TransferBody = z.infer<typeof transferBodySchema>;

/** Ends a session with its anonymous outcome: fields handled, referrals to partners, outcome type. */
export async function endSession(
  db: Db,
  actor: Parameters<typeof openDeskSession>[1],
  siteId: SiteId,
  id: string,
  body: EndBody,
) {
  const referrals = [...new Set(body.referrals)];
  if (referrals.length > 0) {
    const found = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(inArray(organisations.id, referrals));
    if (found.length !== referrals.length) {
      throw new DomainError('validation.failed', { fieldErrors: [{ field: 'referrals', code: 'invalid_value' }] });
    }
  }
  // The usual case in one statement: this desk's session ends with its outcome and event.
  const at = new Date().toISOString();
  const [ended] = await changeTickets(
    db,
    siteId,
    sql`status = 'done', ended_at = ${at}::timestamptz, outcome_type = ${body.outcomeType}::text,
        fields_handled = array(select jsonb_array_elements_text(${JSON.stringify([...new Set(body.fieldsHandled)])}::jsonb)),
        referrals = array(select x::uuid from jsonb_array_elements_text(${JSON.stringify(referrals)}::jsonb) x),
        updated_at = ${at}::timestamptz`,
    sql`id = ${id}::uuid and site_id = ${siteId}::uuid and status = 'in_session'
        and desk_session_id = ${sessionOf(actor, siteId)}`,
    'ticket.ended',
    sql`jsonb_build_object('id', c.id, 'code', c.code, 'field', c.field)`,
  );
  if (ended) return presentStaffTicket(ended);
  // Otherwise say why (no desk, not this desk's ticket, wrong state), or end it if it just became endable.
  return db.transaction(async (tx) => {
    const session = await openDeskSession(tx, actor, siteId);
    await heldTicket(tx, session, siteId, id, ['in_session']);
    const row = await updateTicket(tx, id, {
      status: 'done',
      endedAt: new Date(),
      outcomeType: body.outcomeType,
      fieldsHandled: [...new Set(body.fieldsHandled)],
      referrals,
    });
    await recordEvent(tx, siteId, 'ticket.ended', { id, code: row.code, field: row.field });
    return presentStaffTicket(row);
  });
}

/**
 * Sends the client to another field or language. This leg ends as `transferred`; a new leg with the
 * same code and the original arrival time waits in the new queue, carrying the handover note, which
 * must hold no personal data.
 */
export async function transferTicket(
  db: Db,
  actor: Parameters<typeof openDeskSession>[1],
  site: SiteRow,
  siteId: SiteId,
  id: string,
  body: TransferBody,
) {
  const errors = [];
  if (!site.fields.includes(body.field)) errors.push({ field: 'field', code: 'invalid_value' });
  if (!site.languages.includes(body.language)) errors.push({ field: 'language', code: 'invalid_value' });
  if (errors.length > 0) throw new DomainError('validation.failed', { fieldErrors: errors });
  const note = body.note?.trim() || null;
  if (note && maskPersonalData(note).kinds.length > 0) {
    throw new DomainError('note.personal_data', { fieldErrors: [{ field: 'note', code: 'personal_data' }] });
  }
  return db.transaction(async (tx) => {
    const session = await openDeskSession(tx, actor, siteId);
    const t = await heldTicket(tx, session, siteId, id, ['called', 'in_session']);
    await updateTicket(tx, id, { status: 'transferred', endedAt: new Date() });
    const [next] = await tx
      .insert(tickets)
      .values({
        siteId,
        serviceDate: t.serviceDate,
        letter: t.letter,
        number: t.number,
        code: t.code,
        field: body.field,
        language: body.language,
        status: 'waiting',
        token: randomToken(16),
        audience: t.audience,
        channel: t.channel,
        issuedVia: t.issuedVia,
        issuedAt: new Date(),
        priorityAt: t.priorityAt,
        previousId: t.id,
        handoverNote: note,
      })
      .returning();
    if (!next) throw new Error('transfer insert returned nothing');
    await recordEvent(tx, siteId, 'ticket.transferred', {
      id: t.id,
      nextId: next.id,
      code: t.code,
      field: body.field,
      language: body.language,
    });
    return presentStaffTicket(next);
  });
}
