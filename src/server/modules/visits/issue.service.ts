import { sql } from 'drizzle-orm';
import type { SiteId } from '../../../common/ids.js';
import { openState, serviceDate } from '../../../common/site-time.js';
import type { IssueTicketBody, TicketView } from '../../../common/visits/schemas.js';
import { FIELD_LETTERS, formatTicketCode } from '../../../common/visits/vocabulary.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { auditLog, ticketCounters, tickets } from '../../db/schema/index.js';
import type { Principal } from '../../platform/auth/principal.js';
import { randomToken } from '../../platform/auth/tokens.js';
import { DomainError } from '../../platform/errors.js';
import { getOrSet } from '../../platform/get-or-set.js';
import { recordEvents } from '../../platform/events/record.js';
import type { SiteRow } from '../sites/sites.service.js';
import { getVisitSettings } from './settings.service.js';
import { liveTicketViews } from './tickets.service.js';

export type Issuer = { via: 'kiosk'; deviceId: string; actor: Principal } | { via: 'reception'; actor: Principal };

type Request = {
  site: SiteRow;
  body: IssueTicketBody;
  issuer: Issuer;
  now: Date;
  resolve: (view: TicketView) => void;
  reject: (error: unknown) => void;
};

function assertOffered(site: SiteRow, body: IssueTicketBody) {
  const errors = [];
  if (!site.fields.includes(body.field)) errors.push({ field: 'field', code: 'invalid_value' });
  if (!site.languages.includes(body.language)) errors.push({ field: 'language', code: 'invalid_value' });
  if (errors.length > 0) throw new DomainError('validation.failed', { fieldErrors: errors });
}

/** Reserves `count` consecutive daily numbers for a letter with one atomic upsert; returns the first. */
async function reserveNumbers(tx: DbOrTx, siteId: SiteId, day: string, letter: string, count: number) {
  const [row] = await tx
    .insert(ticketCounters)
    .values({ siteId, serviceDate: day, letter, lastNumber: count })
    .onConflictDoUpdate({
      target: [ticketCounters.siteId, ticketCounters.serviceDate, ticketCounters.letter],
      set: { lastNumber: sql`${ticketCounters.lastNumber} + ${count}` },
    })
    .returning({ last: ticketCounters.lastNumber });
  if (!row) throw new Error('counter upsert returned nothing');
  return row.last - count + 1;
}

const MAX_BATCH = 200;

/**
 * Issues tickets with group commit: requests that arrive while a batch is being written wait for
 * the next one, and each batch is one transaction (numbers, tickets, events, audit), so a busy
 * morning of kiosks and reception costs one commit per batch, not per ticket. A lone request is
 * written at once. Numbers stay unique and consecutive per letter and day.
 */
class SiteIssuer {
  private readonly pending: Request[] = [];
  private running = false;

  constructor(
    private readonly db: Db,
    private readonly siteId: SiteId,
  ) {}

  issue(site: SiteRow, body: IssueTicketBody, issuer: Issuer, now: Date) {
    return new Promise<TicketView>((resolve, reject) => {
      this.pending.push({ site, body, issuer, now, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain() {
    this.running = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, MAX_BATCH);
        try {
          const rows = await this.write(batch);
          // The next batch is written while this one's views are computed: they share floor snapshots.
          void this.present(batch, rows);
        } catch (error) {
          for (const r of batch) r.reject(error);
        }
      }
    } finally {
      this.running = false;
    }
  }

  /** Answers a committed batch with its views, and keeps each ticket's estimate for the accuracy figures. */
  private async present(batch: Request[], rows: (typeof tickets.$inferSelect)[]) {
    try {
      const { db, siteId } = this;
      const site = (batch[batch.length - 1] as Request).site;
      const views = await liveTicketViews(db, site, siteId, rows);
      const estimates = rows.map((t) => ({ id: t.id, minutes: views.get(t.id)?.estimate?.minutes ?? null }));
      await db.execute(sql`
        update tickets set estimate_minutes = (e->>'minutes')::real
          from jsonb_array_elements(${JSON.stringify(estimates)}::jsonb) as e
         where tickets.id = (e->>'id')::uuid`);
      for (const [i, r] of batch.entries()) r.resolve(views.get(rows[i]?.id ?? '') as TicketView);
    } catch (error) {
      for (const r of batch) r.reject(error);
    }
  }

  /** Writes a batch in one transaction; returns the tickets in the batch's order. */
  private async write(batch: Request[]) {
    const { db, siteId } = this;
    const site = (batch[batch.length - 1] as Request).site;
    return db.transaction(async (tx) => {
      // Reserve numbers per day and letter, in arrival order.
      const numbers = new Map<string, number>();
      const counts = new Map<string, number>();
      const keyOf = (r: Request) => `${serviceDate(r.now, site.timeZone)}|${FIELD_LETTERS[r.body.field]}`;
      for (const r of batch) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
      for (const [key, count] of counts) {
        const [day = '', letter = ''] = key.split('|');
        numbers.set(key, await reserveNumbers(tx, siteId, day, letter, count));
      }
      const values = batch.map((r) => {
        const key = keyOf(r);
        const number = numbers.get(key) as number;
        numbers.set(key, number + 1);
        const [day = '', letter = ''] = key.split('|');
        return {
          siteId,
          serviceDate: day,
          letter,
          number,
          code: formatTicketCode(letter, number),
          field: r.body.field,
          language: r.body.language,
          status: 'waiting',
          token: randomToken(16),
          audience: r.body.audience ?? null,
          channel: r.body.channel ?? null,
          issuedVia: r.issuer.via,
          deviceId: r.issuer.via === 'kiosk' ? r.issuer.deviceId : null,
          issuedAt: r.now,
          priorityAt: r.now,
        } satisfies typeof tickets.$inferInsert;
      });
      const inserted = await tx.insert(tickets).values(values).returning();
      // RETURNING gives rows in VALUES order; match by token to be certain.
      const byToken = new Map(inserted.map((t) => [t.token, t]));
      const ordered = values.map((v) => byToken.get(v.token) as (typeof inserted)[number]);
      await recordEvents(
        tx,
        siteId,
        ordered.map((t) => ({
          type: 'ticket.issued' as const,
          data: { id: t.id, code: t.code, field: t.field, language: t.language },
        })),
      );
      const audits = ordered.flatMap((t, i) => {
        const issuer = (batch[i] as Request).issuer;
        if (issuer.via !== 'reception' || issuer.actor.kind !== 'staff') return [];
        return [
          {
            actorUserId: issuer.actor.userId,
            siteId,
            action: 'ticket.issue',
            targetType: 'ticket',
            targetId: t.id,
            detail: {},
          },
        ];
      });
      if (audits.length > 0) await tx.insert(auditLog).values(audits);
      return ordered;
    });
  }
}

const issuers = new WeakMap<Db, Map<string, SiteIssuer>>();

/** Issues a ticket (kiosk or reception) if the queue is open; returns what the ticket shows. */
export async function issueTicket(
  db: Db,
  site: SiteRow,
  siteId: SiteId,
  body: IssueTicketBody,
  issuer: Issuer,
  now = new Date(),
) {
  assertOffered(site, body);
  const settings = await getVisitSettings(db, siteId);
  const state = openState(site.openingHours, now, site.timeZone, settings.closeBeforeMinutes);
  if (!state.open || !state.issuing) throw new DomainError('queue.closed');
  const perSite = getOrSet(issuers, db, () => new Map<string, SiteIssuer>());
  return getOrSet(perSite, siteId, () => new SiteIssuer(db, siteId)).issue(site, body, issuer, now);
}
