import { sql } from 'drizzle-orm';
import type { SiteEvent } from '../../../common/events.js';
import type { SiteId } from '../../../common/ids.js';
import type { TicketView } from '../../../common/visits/schemas.js';
import type { Db } from '../../db/client.js';
import { tickets } from '../../db/schema/index.js';
import type { EventHub } from '../../platform/events/hub.js';
import { siteById } from '../sites/sites.service.js';
import { liveTicketViews } from './tickets.service.js';

/** `send` gets the view already serialised (the board compares texts to skip unchanged views). */
type Subscriber = { token: string; send: (json: string) => void; last?: string };

/**
 * Keeps the phones that follow their ticket up to date. Per site, a change to the floor (any ticket
 * or desk event) triggers one recomputation of every followed ticket's view — one floor load and one
 * estimate run however many phones listen — and each phone receives its view only if it changed.
 */
class SiteBoard {
  private readonly followers = new Map<string, Set<Subscriber>>();
  private readonly unsubscribe: () => void;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private dirty = false;

  constructor(
    private readonly db: Db,
    private readonly siteId: SiteId,
    hub: EventHub,
    private readonly debounceMs: number,
    private readonly log: (error: unknown) => void,
  ) {
    this.unsubscribe = hub.subscribe(siteId, (event) => this.onEvent(event));
  }

  get size() {
    let n = 0;
    for (const set of this.followers.values()) n += set.size;
    return n;
  }

  follow(ticketId: string, subscriber: Subscriber) {
    const set = this.followers.get(ticketId) ?? new Set();
    set.add(subscriber);
    this.followers.set(ticketId, set);
    return () => {
      for (const [id, s] of this.followers) {
        s.delete(subscriber);
        if (s.size === 0) this.followers.delete(id);
      }
    };
  }

  close() {
    clearTimeout(this.timer);
    this.unsubscribe();
  }

  private onEvent(event: SiteEvent) {
    if (!event.type.startsWith('ticket.') && event.type !== 'desk_session.changed') return;
    if (event.type === 'ticket.called' || event.type === 'ticket.recalled') this.announceCall(event);
    // A transferred ticket's followers now follow its new leg.
    if (
      event.type === 'ticket.transferred' &&
      typeof event.data.id === 'string' &&
      typeof event.data.nextId === 'string'
    ) {
      const moved = this.followers.get(event.data.id);
      if (moved) {
        this.followers.delete(event.data.id);
        const target = this.followers.get(event.data.nextId) ?? new Set();
        for (const s of moved) target.add(s);
        this.followers.set(event.data.nextId, target);
      }
    }
    this.schedule();
  }

  /**
   * A call reaches the phone at once, from the event itself: the floor recomputation that follows
   * may take a while on a busy floor, and the client must not learn of their call only once seated.
   */
  private announceCall(event: SiteEvent) {
    const { id, desk, calledAt } = event.data as { id?: unknown; desk?: TicketView['desk']; calledAt?: unknown };
    if (typeof id !== 'string' || !desk || typeof calledAt !== 'string') return;
    for (const s of this.followers.get(id) ?? []) {
      if (!s.last) continue;
      const previous = JSON.parse(s.last) as TicketView;
      if (previous.status !== 'waiting' && previous.status !== 'called') continue;
      const view: TicketView = { ...previous, status: 'called', position: null, estimate: null, calledAt, desk };
      const text = JSON.stringify(view);
      if (text === s.last) continue;
      s.last = text;
      s.send(text);
    }
  }

  private schedule() {
    if (this.running) {
      this.dirty = true;
      return;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, this.debounceMs);
  }

  private async refresh() {
    if (this.followers.size === 0) return;
    this.running = true;
    try {
      const site = await siteById(this.db, this.siteId);
      // Only the view's columns, and the ids as one JSON parameter rather than hundreds of parameters.
      const ids = JSON.stringify([...this.followers.keys()]);
      const rows = await this.db
        .select({
          id: tickets.id,
          code: tickets.code,
          token: tickets.token,
          field: tickets.field,
          language: tickets.language,
          status: tickets.status,
          issuedAt: tickets.issuedAt,
          calledAt: tickets.calledAt,
          deskId: tickets.deskId,
        })
        .from(tickets)
        .where(sql`${tickets.id} in (select value::uuid from json_array_elements_text(${ids}::json))`);
      const views = await liveTicketViews(this.db, site, this.siteId, rows);
      for (const [id, subscribers] of this.followers) {
        const view = views.get(id);
        if (!view) continue;
        for (const s of subscribers) {
          const personal = { ...view, token: s.token };
          const text = JSON.stringify(personal);
          if (text === s.last) continue;
          s.last = text;
          s.send(text);
        }
      }
    } catch (error) {
      this.log(error);
    } finally {
      this.running = false;
      if (this.dirty) {
        this.dirty = false;
        this.schedule();
      }
    }
  }
}

export class TicketBoards {
  private readonly boards = new Map<string, SiteBoard>();

  constructor(
    private readonly db: Db,
    private readonly hub: EventHub,
    private readonly log: (error: unknown) => void,
    /**
     * Calls reach phones at once from the event; positions and estimates are recomputed at most this
     * often, so a busy floor costs one recomputation (and one write per phone) per interval however
     * many changes it sees. A second is well below how fast a waiting person reads a position.
     */
    private readonly debounceMs = 1_000,
  ) {}

  /** Follows one ticket; `send` gets its view whenever it changes. Returns the unfollow function. */
  follow(siteId: SiteId, ticketId: string, token: string, send: (json: string) => void, initial: TicketView) {
    let board = this.boards.get(siteId);
    if (!board) {
      board = new SiteBoard(this.db, siteId, this.hub, this.debounceMs, this.log);
      this.boards.set(siteId, board);
    }
    const unfollow = board.follow(ticketId, { token, send, last: JSON.stringify(initial) });
    return () => {
      unfollow();
      if (board.size === 0) {
        board.close();
        this.boards.delete(siteId);
      }
    };
  }

  closeAll() {
    for (const board of this.boards.values()) board.close();
    this.boards.clear();
  }
}
