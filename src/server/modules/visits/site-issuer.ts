/** A site's ticket issuer: gathers requests into batches (group commit) and answers each with its ticket's view. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { SiteEvent } from '../../../common/events.js';
import type { SiteId } from '../../../common/ids.js';
import { serviceDate } from '../../../common/site-time.js';
import type { IssueTicketBody, TicketView } from '../../../common/visits/schemas.js';
import { appendWaits, type ReplayTail, toRange } from '../../../common/visits/wait-estimate.js';
import { FIELD_LETTERS, queueKey } from '../../../common/visits/vocabulary.js';
import type { Db } from '../../db/client.js';
import { randomToken } from '../../platform/auth/tokens.js';
import type { SiteRow } from '../sites/sites.service.js';
import { floorSnapshot } from './floor-snapshots.js';
import { type Prepared, type Written, writeIssuedBatch } from './issue-batch-write.js';
import { FLOOR_EVENTS, type IssueFloor, issuingFloor, watched } from './issue-floor.js';
import type { IssueRequest, Issuer } from './issue-request.js';
import { getVisitSettings } from './settings.service.js';
import { ticketViewsFrom } from './tickets.service.js';

const MAX_BATCH = 200;
/** How long a busy issuer waits at most for those it just answered to come back, before writing again (ms). */
const GATHER_MS = 3;

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
export class SiteIssuer {
  private readonly pending: IssueRequest[] = [];
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

  private prepare(batch: IssueRequest[], site: SiteRow): Prepared[] {
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

  private async issueBatch(batch: IssueRequest[]): Promise<TicketView[]> {
    const { db, siteId } = this;
    const site = (batch[batch.length - 1] as IssueRequest).site;
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
      written = await writeIssuedBatch(db, siteId, prepared, draft?.estimates);
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
}
