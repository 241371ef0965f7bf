import { and, asc, eq, gt } from 'drizzle-orm';
import type { SiteEvent } from '../../../common/events.js';
import type { Database } from '../../db/client.js';
import { domainEvents } from '../../db/schema/index.js';
import { EVENTS_CHANNEL } from './record.js';

type Listener = (event: SiteEvent) => void;
type Notice = {
  id: string;
  siteId: string;
  type?: SiteEvent['type'];
  at?: string;
  data?: Record<string, unknown>;
  ref?: true;
};

const toEvent = (row: typeof domainEvents.$inferSelect): SiteEvent => ({
  id: String(row.id),
  type: row.type as SiteEvent['type'],
  at: row.at.toISOString(),
  data: row.data,
});

/**
 * Fans committed events out to this instance's subscribers (SSE connections). Events arrive through
 * LISTEN on the database, so a change made through any instance reaches subscribers of every instance.
 */
export class EventHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly everySite = new Set<(siteId: string, event: SiteEvent) => void>();
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly database: Database) {}

  async start() {
    this.unlisten = await this.database.listen(EVENTS_CHANNEL, (payload) => {
      void this.dispatch(payload);
    });
  }

  async stop() {
    await this.unlisten?.();
    this.listeners.clear();
  }

  subscribe(siteId: string, listener: Listener): () => void {
    const set = this.listeners.get(siteId) ?? new Set();
    set.add(listener);
    this.listeners.set(siteId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(siteId);
    };
  }

  /** Every committed event of every site (for work that one instance must do once, e.g. push). */
  subscribeAll(listener: (siteId: string, event: SiteEvent) => void): () => void {
    this.everySite.add(listener);
    return () => this.everySite.delete(listener);
  }

  subscriberCount() {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  /** Events after `afterId` for a site, for `Last-Event-ID` resume. */
  async since(siteId: string, afterId: number, limit = 500): Promise<SiteEvent[]> {
    const rows = await this.database.db
      .select()
      .from(domainEvents)
      .where(and(eq(domainEvents.siteId, siteId), gt(domainEvents.id, afterId)))
      .orderBy(asc(domainEvents.id))
      .limit(limit);
    return rows.map(toEvent);
  }

  private async dispatch(payload: string) {
    let notice: Notice;
    try {
      notice = JSON.parse(payload) as Notice;
    } catch {
      return;
    }
    const set = this.listeners.get(notice.siteId);
    if ((!set || set.size === 0) && this.everySite.size === 0) return;
    let event: SiteEvent | undefined;
    if (notice.ref) {
      const [row] = await this.database.db
        .select()
        .from(domainEvents)
        .where(eq(domainEvents.id, Number(notice.id)));
      event = row ? toEvent(row) : undefined;
    } else if (notice.type && notice.at) {
      event = { id: notice.id, type: notice.type, at: notice.at, data: notice.data ?? {} };
    }
    if (!event) return;
    for (const listener of set ?? []) listener(event);
    for (const listener of this.everySite) listener(notice.siteId, event);
  }
}
