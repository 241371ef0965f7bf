import { inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { SiteId } from '../../../common/ids.js';
import { maskPersonalData } from '../../../common/privacy/personal-data.js';
import type { endSessionBodySchema, transferBodySchema } from '../../../common/visits/schemas.js';
import type { Db } from '../../db/client.js';
import { organisations, tickets } from '../../db/schema/index.js';
import { randomToken } from '../../platform/auth/tokens.js';
import type { StaffPrincipal } from '../../platform/auth/principal.js';
import { DomainError } from '../../platform/errors.js';
import { getOrSet } from '../../platform/get-or-set.js';
import { recordEvent } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';
import { relaxQueueCommit } from './queue-commit.js';
import { Combiner } from './single-flight.js';
import { openDeskSession } from './desk.service.js';
import { assertDeskFree, heldTicket, updateTicket } from './held-tickets.js';
import { presentStaffTicket } from './presenters.js';
import { changeTickets, type TicketRow } from './ticket-changes.js';

type EndBody = z.infer<typeof endSessionBodySchema>;
type TransferBody = z.infer<typeof transferBodySchema>;

export type DeskWrite = { id: string; userId: string; at: string };
const starters = new WeakMap<Db, Map<string, Combiner<DeskWrite, TicketRow>>>();

/** Starts called tickets of many desks in one statement (group commit); answers by ticket id. */
function starter(db: Db, siteId: SiteId) {
  return getOrSet(
    getOrSet(starters, db, () => new Map()),
    siteId,
    () => {
      return new Combiner<DeskWrite, TicketRow>(
        (w) => w.id,
        async (writes) => {
          const rows = await changeTickets(db, siteId, {
            batch: { rows: writes, columns: sql`id uuid, "userId" uuid, at timestamptz` },
            set: sql`status = 'in_session', started_at = x.at, updated_at = x.at`,
            where: sql`tickets.id = x.id and tickets.site_id = ${siteId}::uuid and tickets.status = 'called'
              and tickets.desk_session_id = (select s.id from desk_sessions s where s.user_id = x."userId"
                    and s.site_id = ${siteId}::uuid and s.closed_at is null)`,
            type: 'ticket.started',
            data: sql`jsonb_build_object('id', c.id, 'code', c.code, 'deskId', c.desk_id)`,
          });
          return new Map(rows.map((r) => [r.id, r]));
        },
      );
    },
  );
}

export async function startSession(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string) {
  // The usual case: this desk's called ticket starts, with its event, in a statement shared with
  // the other desks starting at the same moment.
  const started = await starter(db, siteId).submit({ id, userId: actor.userId, at: new Date().toISOString() });
  if (started) return presentStaffTicket(started);
  // Otherwise say why (no desk, not this desk's ticket, wrong state), or start it if it just became startable.
  return db.transaction(async (tx) => {
    await relaxQueueCommit(tx);
    const session = await openDeskSession(tx, actor, siteId);
    await heldTicket(tx, session, siteId, id, ['called']);
    const row = await updateTicket(tx, id, { status: 'in_session', startedAt: new Date() });
    await recordEvent(tx, siteId, 'ticket.started', { id, code: row.code, deskId: session.deskId });
    return presentStaffTicket(row);
  });
}

export async function parkTicket(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string) {
  return db.transaction(async (tx) => {
    const session = await openDeskSession(tx, actor, siteId);
    await heldTicket(tx, session, siteId, id, ['in_session']);
    const row = await updateTicket(tx, id, { status: 'parked' });
    await recordEvent(tx, siteId, 'ticket.parked', { id, code: row.code });
    return presentStaffTicket(row);
  });
}

export async function resumeTicket(db: Db, actor: StaffPrincipal, siteId: SiteId, id: string) {
  return db.transaction(async (tx) => {
    const session = await openDeskSession(tx, actor, siteId, true);
    await assertDeskFree(tx, session);
    await heldTicket(tx, session, siteId, id, ['parked']);
    const row = await updateTicket(tx, id, { status: 'in_session' });
    await recordEvent(tx, siteId, 'ticket.resumed', { id, code: row.code });
    return presentStaffTicket(row);
  });
}

type EndWrite = DeskWrite & { outcome: string; fields: string[]; referrals: string[] };
const enders = new WeakMap<Db, Map<string, Combiner<EndWrite, typeof tickets.$inferSelect>>>();

/** Ends sessions of many desks in one statement (group commit); answers by ticket id. */
function ender(db: Db, siteId: SiteId) {
  return getOrSet(
    getOrSet(enders, db, () => new Map()),
    siteId,
    () => {
      return new Combiner<EndWrite, typeof tickets.$inferSelect>(
        (w) => w.id,
        async (writes) => {
          const rows = await changeTickets(db, siteId, {
            batch: {
              rows: writes,
              columns: sql`id uuid, "userId" uuid, at timestamptz, outcome text, fields jsonb, referrals jsonb`,
            },
            set: sql`status = 'done', ended_at = x.at, outcome_type = x.outcome,
              fields_handled = array(select jsonb_array_elements_text(x.fields)),
              referrals = array(select r::uuid from jsonb_array_elements_text(x.referrals) r),
              updated_at = x.at`,
            where: sql`tickets.id = x.id and tickets.site_id = ${siteId}::uuid and tickets.status = 'in_session'
              and tickets.desk_session_id = (select s.id from desk_sessions s where s.user_id = x."userId"
                    and s.site_id = ${siteId}::uuid and s.closed_at is null)`,
            type: 'ticket.ended',
            data: sql`jsonb_build_object('id', c.id, 'code', c.code, 'field', c.field)`,
          });
          return new Map(rows.map((r) => [r.id, r]));
        },
      );
    },
  );
}

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
  // The usual case: this desk's session ends with its outcome and event, in a statement shared with
  // the other desks ending at the same moment.
  const ended = await ender(db, siteId).submit({
    id,
    userId: actor.userId,
    at: new Date().toISOString(),
    outcome: body.outcomeType,
    fields: [...new Set(body.fieldsHandled)],
    referrals,
  });
  if (ended) return presentStaffTicket(ended);
  // Otherwise say why (no desk, not this desk's ticket, wrong state), or end it if it just became endable.
  return db.transaction(async (tx) => {
    await relaxQueueCommit(tx);
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
