import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Field, Language } from '../../../common/domain.js';
import type { SiteEvent } from '../../../common/events.js';
import type { SiteId } from '../../../common/ids.js';
import { openState, serviceDate } from '../../../common/site-time.js';
import type { IssueTicketBody, TicketView } from '../../../common/visits/schemas.js';
import { appendWaits, type ReplayTail, toRange } from '../../../common/visits/wait-estimate.js';
import { FIELD_LETTERS, formatTicketCode, queueKey } from '../../../common/visits/vocabulary.js';
import type { Db } from '../../db/client.js';
import type { Principal } from '../../platform/auth/principal.js';
import { randomToken } from '../../platform/auth/tokens.js';
import { DomainError } from '../../platform/errors.js';
import type { EventHub } from '../../platform/events/hub.js';
import { notifiedEvents } from '../../platform/events/record.js';
import { getOrSet } from '../../platform/get-or-set.js';
import type { SiteRow } from '../sites/sites.service.js';
import { floorSnapshot } from './floor-snapshots.js';
import { relaxedCommitColumn } from './queue-commit.js';
import { getVisitSettings } from './settings.service.js';
import { ticketViewsFrom } from './tickets.service.js';

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

/** A request's ticket before it is written: everything but its number is chosen here. */
type Prepared = {
  id: string;
  token: string;
  day: string;
  letter: string;
  /** Rank among this batch's tickets of the same day and letter (1, 2, …), in arrival order. */
  k: number;
  field: Field;
  language: Language;
  at: Date;
  request: Request;
};

type Written = { codes: Map<string, string>; eventIds: number[]; eventsBefore: number };

const MAX_BATCH = 200;
/** How long a busy issuer waits at most for those it just answered to come back, before writing again (ms). */
const GATHER_MS = 3;
/**
 * How long issuing may place newcomers on a floor it loaded (when nothing else changed) before loading
 * it again: estimates count from the load, so they may be this much older than the ticket.
 */
export const issuingFloor = { reuseMs: 1_000 };
/** Events that change what issuing must know of the floor; another instance's `ticket.issued` is one. */
const FLOOR_EVENTS = (type: string) =>
  type.startsWith('ticket.') || type === 'desk_session.changed' || type === 'queues.settings_changed';

/**
 * The floor as issuing last loaded it, with the tickets this instance issued since placed at the
 * back of their queues (`appendWaits`): valid while no other change reached the floor.
 */
type IssueFloor = {
  day: string;
  loadedAt: number;
  lastEventId: number;
  tails: ReplayTail[];
  counts: Map<string, number>;
  duration: (field: Field) => number;
  zone: string | null;
};

/** Databases whose events reach the issuers (see `watchFloorChanges`); without it, every batch loads the floor. */
const watched = new WeakSet<Db>();

/**
 * Issues tickets with group commit: requests that arrive while a batch is being written wait for
 * the next one, and each batch is one statement (numbers, tickets, events and their notifications,
 * audit), so a busy morning of kiosks and reception costs one commit per batch, not per ticket. A lone
 * request is written at once. Numbers stay unique and consecutive per letter and day.
 *
 * Each ticket shows its position and estimated wait. When nothing but this issuer's own tickets
 * changed the floor since it was last loaded (no call, session, desk or other instance's ticket —
 * the floor's events say so, and the write itself checks that no newer event was committed), the
 * batch is placed at the back of its queues from the last replay, in memory, and its estimates are
 * written with the tickets. Otherwise the floor is loaded again after the write, as before.
 */
class SiteIssuer {
  private readonly pending: Request[] = [];
  private running = false;
  /** Bumped by every event that changes the floor, except this issuer's own tickets. */
  private gen = 0;
  private floor: IssueFloor | null = null;
  /** Tickets being written or written by this issuer, whose `ticket.issued` has not come back yet. */
  private readonly own = new Set<string>();
  /** Batches placed on the floor already loaded, and batches that loaded it (tests and benchmarks read them). */
  readonly counters = { placed: 0, loaded: 0 };

  constructor(
    private readonly db: Db,
    private readonly siteId: SiteId,
  ) {}

  issue(site: SiteRow, body: IssueTicketBody, issuer: Issuer, now: Date) {
    return new Promise<TicketView>((resolve, reject) => {
      this.pending.push({ site, body, issuer, now, resolve, reject });
      if (this.wake && this.pending.length >= this.wake.until) this.wake.resolve();
      if (!this.running) void this.drain();
    });
  }

  onEvent(event: SiteEvent) {
    if (!FLOOR_EVENTS(event.type)) return;
    const id = event.data.id;
    if (event.type === 'ticket.issued' && typeof id === 'string' && this.own.delete(id)) return;
    this.gen++;
    this.floor = null;
  }

  private async drain() {
    this.running = true;
    try {
      let answered = 0;
      for (;;) {
        // Group commit: when several were just answered, they tend to come straight back; a moment's
        // wait lets them share the next write with those already waiting instead of splitting it in two.
        if (answered > 1) await this.gather(this.pending.length + answered);
        if (this.pending.length === 0) break;
        const batch = this.pending.splice(0, MAX_BATCH);
        answered = batch.length;
        try {
          const views = await this.issueBatch(batch);
          for (const [i, r] of batch.entries()) r.resolve(views[i] as TicketView);
        } catch (error) {
          for (const r of batch) r.reject(error);
        }
      }
    } finally {
      this.running = false;
    }
  }

  private wake: { until: number; resolve: () => void } | undefined;

  /** Waits until `count` requests are pending, or GATHER_MS at most. */
  private gather(count: number) {
    if (this.pending.length >= count) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, GATHER_MS);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = { until: count, resolve: done };
    }).finally(() => {
      this.wake = undefined;
    });
  }

  /**
   * Arrival times strictly increase in the order tickets are numbered (two requests in the same
   * millisecond are a millisecond apart), so the queue order is the number order and a newcomer is
   * always behind everyone this issuer numbered before.
   */
  private lastAt = 0;

  private prepare(batch: Request[], site: SiteRow): Prepared[] {
    const ranks = new Map<string, number>();
    return batch.map((request) => {
      const at = new Date(Math.max(request.now.getTime(), this.lastAt + 1));
      this.lastAt = at.getTime();
      const day = serviceDate(at, site.timeZone);
      const letter = FIELD_LETTERS[request.body.field];
      const key = `${day}|${letter}`;
      const k = (ranks.get(key) ?? 0) + 1;
      ranks.set(key, k);
      const { field, language } = request.body;
      return { id: randomUUID(), token: randomToken(16), day, letter, k, field, language, at, request };
    });
  }

  private async issueBatch(batch: Request[]): Promise<TicketView[]> {
    const { db, siteId } = this;
    const site = (batch[batch.length - 1] as Request).site;
    const settings = await getVisitSettings(db, siteId);
    const prepared = this.prepare(batch, site);
    // Place the batch on the floor issuing knows, if it may be used: the same day, no ratio rule
    // (a ratio rule can put a newcomer before older tickets), loaded recently, nothing else changed.
    const floor = this.floor;
    const now = Date.now();
    const usable =
      floor !== null &&
      watched.has(db) &&
      settings.ratios.length === 0 &&
      now - floor.loadedAt < issuingFloor.reuseMs &&
      prepared.every((p) => p.day === floor.day);
    let draft: {
      tails: ReplayTail[];
      counts: Map<string, number>;
      positions: number[];
      estimates: Map<string, number | null>;
    } | null = null;
    if (usable) {
      const tails = floor.tails.map((t) => ({ ...t }));
      const counts = new Map(floor.counts);
      const positions = prepared.map((p) => {
        const key = queueKey(p.field, p.language);
        const n = (counts.get(key) ?? 0) + 1;
        counts.set(key, n);
        return n;
      });
      // Minutes from the moment the floor was loaded, as a replay then would give (at most `issuingFloor.reuseMs` ago).
      draft = { tails, counts, positions, estimates: appendWaits(tails, prepared, floor.loadedAt, floor.duration) };
    }
    const gen = this.gen;
    for (const p of prepared) this.own.add(p.id);
    if (this.own.size > 50_000) this.own.clear(); // events that never came back: the next one just reloads
    let written: Written;
    try {
      written = await this.write(prepared, draft?.estimates);
    } catch (error) {
      for (const p of prepared) this.own.delete(p.id);
      this.floor = null;
      throw error;
    }
    if (draft && floor && this.floor === floor && this.gen === gen && written.eventsBefore <= floor.lastEventId) {
      floor.tails = draft.tails;
      floor.counts = draft.counts;
      floor.lastEventId = Math.max(floor.lastEventId, ...written.eventIds);
      this.counters.placed++;
      const estimates = draft.estimates;
      const positions = draft.positions;
      return prepared.map((p, i) => ({
        code: written.codes.get(p.id) as string,
        token: p.token,
        field: p.field,
        language: p.language,
        status: 'waiting',
        position: positions[i] ?? null,
        estimate: toRange(estimates.get(p.id)),
        issuedAt: p.at.toISOString(),
        calledAt: null,
        desk: null,
        waitingZone: floor.zone,
        siteSlug: site.slug,
        feedbackOpen: false,
      }));
    }
    return this.viewsAfterLoad(site, prepared, written, draft?.estimates);
  }

  /** Loads the floor (after the write: it holds the batch), answers from it and keeps it for the next batches. */
  private async viewsAfterLoad(
    site: SiteRow,
    prepared: Prepared[],
    written: Written,
    guessed: Map<string, number | null> | undefined,
  ): Promise<TicketView[]> {
    const { db, siteId } = this;
    this.floor = null;
    this.counters.loaded++;
    const gen = this.gen;
    const shot = await floorSnapshot(db, site, siteId, new Date());
    const rows = prepared.map((p) => ({
      id: p.id,
      code: written.codes.get(p.id) as string,
      token: p.token,
      field: p.field,
      language: p.language,
      status: 'waiting',
      issuedAt: p.at,
      calledAt: null,
      deskId: null,
    }));
    const views = await ticketViewsFrom(db, site, siteId, rows, shot);
    const estimates = prepared
      .map((p) => ({ id: p.id, minutes: views.get(p.id)?.estimate?.minutes ?? null }))
      .filter((e) => e.minutes !== (guessed?.get(e.id) ?? null));
    if (estimates.length > 0) {
      await db.execute(sql`
        update tickets set estimate_minutes = (e->>'minutes')::real
          from jsonb_array_elements(${JSON.stringify(estimates)}::jsonb) as e
         where tickets.id = (e->>'id')::uuid`);
    }
    if (this.gen === gen && watched.has(db)) {
      const counts = new Map<string, number>();
      for (const w of shot.floor.waiting) {
        const key = queueKey(w.field, w.language);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const meanMinutes = shot.floor.meanMinutes;
      const defaultMinutes = shot.defaultMinutes;
      this.floor = {
        day: serviceDate(new Date(shot.now), site.timeZone),
        loadedAt: shot.now,
        lastEventId: shot.floor.lastEventId,
        tails: shot.tails,
        counts,
        duration: (field) => (meanMinutes[field] ?? defaultMinutes) * 60_000,
        zone: shot.floor.waitingZone,
      };
    }
    return prepared.map((p) => views.get(p.id) as TicketView);
  }

  /**
   * Writes a batch in one statement, so in one transaction and one round trip: reserves the numbers
   * per day and letter with an atomic upsert, inserts the tickets, their events (announced with NOTIFY
   * at commit) and reception's audit entries. Also returns the site's newest event id committed
   * before this statement, so the caller can tell whether the floor changed under it. A walk-in queue
   * write: on a PostgreSQL server it commits asynchronously (see queue-commit.ts).
   */
  private async write(prepared: Prepared[], estimates: Map<string, number | null> | undefined): Promise<Written> {
    const { db, siteId } = this;
    const requests = JSON.stringify(
      prepared.map((p, ord) => {
        const issuer = p.request.issuer;
        const body = p.request.body;
        return {
          ord,
          id: p.id,
          day: p.day,
          letter: p.letter,
          k: p.k,
          field: p.field,
          language: p.language,
          token: p.token,
          audience: body.audience ?? null,
          channel: body.channel ?? null,
          via: issuer.via,
          device: issuer.via === 'kiosk' ? issuer.deviceId : null,
          at: p.at.toISOString(),
          estimate: estimates?.get(p.id) ?? null,
          actor: issuer.via === 'reception' && issuer.actor.kind === 'staff' ? issuer.actor.userId : null,
        };
      }),
    );
    const result = (await db.execute(sql`
      with req as (
        select * from jsonb_to_recordset(${requests}::jsonb) as r(
          ord int, id uuid, day date, letter text, k int, field text, language text, token text, audience text,
          channel text, via text, device uuid, at timestamptz, estimate real, actor uuid)
      ),
      cnt as (select day, letter, count(*)::int as n from req group by day, letter),
      c as (
        insert into ticket_counters (site_id, service_date, letter, last_number)
        select ${siteId}::uuid, day, letter, n from cnt
        on conflict (site_id, service_date, letter)
          do update set last_number = ticket_counters.last_number + excluded.last_number
        returning service_date, letter, last_number
      ),
      num as (
        select r.*, c.last_number - cnt.n + r.k as number
          from req r
          join cnt on cnt.day = r.day and cnt.letter = r.letter
          join c on c.service_date = r.day and c.letter = r.letter
      ),
      t as (
        insert into tickets (id, site_id, service_date, letter, number, code, field, language, status, token,
                             audience, channel, issued_via, device_id, issued_at, priority_at, estimate_minutes)
        select id, ${siteId}::uuid, day, letter, number,
               letter || ' ' || lpad(number::text, greatest(3, length(number::text)), '0'),
               field, language, 'waiting', token, audience, channel, via, device, at, at, estimate
          from num order by ord
        returning id, letter, number, code, field, language
      ),
      e as (
        insert into domain_events (site_id, type, data)
        select ${siteId}::uuid, 'ticket.issued',
               jsonb_build_object('id', t.id, 'code', t.code, 'field', t.field, 'language', t.language)
          from t join req on req.id = t.id order by req.ord
        returning id, type, data, at
      ),
      a as (
        insert into audit_log (actor_user_id, site_id, action, target_type, target_id, detail)
        select actor, ${siteId}::uuid, 'ticket.issue', 'ticket', id::text, '{}'::jsonb
          from req where actor is not null order by ord
      ),
      ${notifiedEvents(siteId, sql`e`)}
    select (select json_agg(json_build_object('id', t.id, 'letter', t.letter, 'number', t.number, 'code', t.code))
              from t)::text as tickets,
           (select json_agg(p.id order by p.id) from p)::text as events,
           (select coalesce(max(d.id), 0) from domain_events d where d.site_id = ${siteId}::uuid) as before,
           ${relaxedCommitColumn(db)} as relaxed`)) as unknown as {
      rows: { tickets: string; events: string; before: string | number }[];
    };
    const row = result.rows[0];
    if (!row) throw new Error('issuing returned nothing');
    const tickets = JSON.parse(row.tickets) as { id: string; letter: string; number: number; code: string }[];
    const codes = new Map<string, string>();
    for (const t of tickets) {
      // The code is formatted in SQL; it must read as everywhere else.
      if (t.code !== formatTicketCode(t.letter, t.number)) throw new Error(`ticket code ${t.code} for ${t.number}`);
      codes.set(t.id, t.code);
    }
    if (codes.size !== prepared.length) throw new Error('issuing wrote fewer tickets than asked');
    return {
      codes,
      eventIds: (JSON.parse(row.events) as (string | number)[]).map(Number),
      eventsBefore: Number(row.before),
    };
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

/** How a site's issuer answered so far: batches placed on the floor it had, batches that loaded it. */
export function issuingCounters(db: Db, siteId: string) {
  const counters = issuers.get(db)?.get(siteId)?.counters;
  return { placed: counters?.placed ?? 0, loaded: counters?.loaded ?? 0 };
}

/**
 * Lets this database's issuers hear every committed floor change (through the event hub, so other
 * instances' changes too): only then may issuing place tickets on a floor it loaded earlier.
 */
export function watchFloorChanges(db: Db, hub: EventHub) {
  watched.add(db);
  const unsubscribe = hub.subscribeAll((siteId, event) => issuers.get(db)?.get(siteId)?.onEvent(event));
  return () => {
    watched.delete(db);
    unsubscribe();
  };
}
