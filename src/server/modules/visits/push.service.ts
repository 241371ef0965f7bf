import type { Agent } from 'node:https';
import { eq, inArray, sql } from 'drizzle-orm';
import webpush from 'web-push';
import type { Language } from '../../../common/domain.js';
import type { SiteEvent } from '../../../common/events.js';
import type { z } from 'zod';
import type { pushSubscriptionBodySchema } from '../../../common/visits/schemas.js';
import type { Db } from '../../db/client.js';
import { pushSubscriptions } from '../../db/schema/index.js';
import type { EventHub } from '../../platform/events/hub.js';
import { notificationText } from '../../platform/i18n.js';
import { getOrCreateSetting } from '../../platform/settings.js';
import { liveTicketByToken } from './tickets.service.js';

type VapidKeys = { publicKey: string; privateKey: string };

/** VAPID keys, generated at first start and shared by every instance through the database. */
export const vapidKeys = (db: Db) => getOrCreateSetting<VapidKeys>(db, 'vapid', () => webpush.generateVAPIDKeys());

/** The client allowed notifications on their phone page: keep the subscription with the ticket. */
export async function savePushSubscription(db: Db, token: string, body: z.infer<typeof pushSubscriptionBodySchema>) {
  const ticket = await liveTicketByToken(db, token);
  const values = { endpoint: body.endpoint, p256dh: body.keys.p256dh, auth: body.keys.auth, followToken: token };
  await db
    .insert(pushSubscriptions)
    .values({ ticketId: ticket.id, ...values })
    .onConflictDoUpdate({ target: pushSubscriptions.ticketId, set: values });
}

const FINISHED: SiteEvent['type'][] = ['ticket.ended', 'ticket.no_show', 'ticket.cancelled', 'ticket.not_served'];

type Claimed = { ticketId: string; endpoint: string; p256dh: string; auth: string; followToken: string | null };

/** How long events are gathered before their subscriptions are claimed or dropped together (ms). */
const GATHER_MS = 10;

/**
 * Sends a Web Push when a ticket is called or recalled. Every instance hears the event; each call is
 * claimed with a conditional update, so exactly one instance sends it. Events are gathered for a few
 * milliseconds and handled together: on a busy floor, one statement claims every call of the moment
 * and one drops the finished tickets' subscriptions, instead of one each.
 */
export class PushNotifier {
  private unsubscribe: (() => void) | undefined;
  private queue: SiteEvent[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Db,
    private readonly subject: string,
    private readonly log: (error: unknown) => void,
    private readonly agent?: Agent,
  ) {}

  start(hub: EventHub) {
    this.unsubscribe = hub.subscribeAll((_siteId, event) => this.enqueue(event));
  }

  stop() {
    this.unsubscribe?.();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queue = [];
  }

  private enqueue(event: SiteEvent) {
    if (typeof event.data.id !== 'string') return;
    const relevant =
      (event.type === 'ticket.transferred' && typeof event.data.nextId === 'string') ||
      FINISHED.includes(event.type) ||
      event.type === 'ticket.called' ||
      event.type === 'ticket.recalled';
    if (!relevant) return;
    this.queue.push(event);
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const events = this.queue;
      this.queue = [];
      void this.handle(events).catch(this.log);
    }, GATHER_MS);
  }

  /** Transfers first (the subscription follows the new leg), then calls, then finished tickets. */
  private async handle(events: SiteEvent[]) {
    const idOf = (e: SiteEvent) => e.data.id as string;
    for (const event of events) {
      if (event.type !== 'ticket.transferred') continue;
      // A transferred client keeps their notifications: the subscription moves to the new leg.
      await this.db
        .update(pushSubscriptions)
        .set({ ticketId: event.data.nextId as string, notifiedCalls: 0 })
        .where(eq(pushSubscriptions.ticketId, idOf(event)));
    }
    const calls = new Map<string, { event: SiteEvent; calls: number }>();
    for (const event of events) {
      if (event.type !== 'ticket.called' && event.type !== 'ticket.recalled') continue;
      const n = Number(event.data.recalls ?? 0) + 1;
      const seen = calls.get(idOf(event));
      if (!seen || seen.calls < n) calls.set(idOf(event), { event, calls: n });
    }
    if (calls.size > 0) {
      const wanted = JSON.stringify([...calls].map(([id, c]) => ({ id, calls: c.calls })));
      const claimed = (await this.db.execute(sql`
        update push_subscriptions s set notified_calls = x.calls
          from (select (e->>'id')::uuid as id, (e->>'calls')::int as calls
                  from jsonb_array_elements(${wanted}::jsonb) e) x
         where s.ticket_id = x.id and s.notified_calls < x.calls
        returning s.ticket_id::text as "ticketId", s.endpoint, s.p256dh, s.auth, s.follow_token as "followToken"`)) as unknown as {
        rows: Claimed[];
      };
      await Promise.all(
        claimed.rows.map((sub) => {
          const call = calls.get(sub.ticketId);
          return call ? this.send(call.event, call.calls, sub).catch(this.log) : undefined;
        }),
      );
    }
    const finished = [...new Set(events.filter((e) => FINISHED.includes(e.type)).map(idOf))];
    if (finished.length > 0)
      await this.db.delete(pushSubscriptions).where(inArray(pushSubscriptions.ticketId, finished));
  }

  private async send(event: SiteEvent, calls: number, sub: Claimed) {
    const id = sub.ticketId;
    const lang = (event.data.language as Language | undefined) ?? 'fr';
    const deskNumber = (event.data.desk as { number?: number } | undefined)?.number ?? '';
    const desk = notificationText(lang, 'desk', { number: deskNumber });
    const payload = JSON.stringify({
      title: notificationText(lang, 'called_title', { code: String(event.data.code ?? '') }),
      body: notificationText(lang, calls > 1 ? 'recalled_body' : 'called_body', { desk }),
      tag: `ticket-${id}`,
      ...(sub.followToken ? { url: `/t/${sub.followToken}` } : {}),
    });
    const keys = await vapidKeys(this.db);
    try {
      await webpush.sendNotification(
        { endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
        payload,
        {
          vapidDetails: { subject: this.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
          TTL: 600,
          urgency: 'high',
          ...(this.agent ? { agent: this.agent } : {}),
        },
      );
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      // The browser dropped the subscription: forget it. Other failures are logged; the phone page still updates.
      if (status === 404 || status === 410)
        await this.db.delete(pushSubscriptions).where(eq(pushSubscriptions.ticketId, id));
      else throw error;
    }
  }
}
