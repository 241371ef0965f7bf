import type { Agent } from 'node:https';
import { and, eq, lt } from 'drizzle-orm';
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

/**
 * Sends a Web Push when a ticket is called or recalled. Every instance hears the event; each call is
 * claimed with a conditional update, so exactly one instance sends it.
 */
export class PushNotifier {
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly db: Db,
    private readonly subject: string,
    private readonly log: (error: unknown) => void,
    private readonly agent?: Agent,
  ) {}

  start(hub: EventHub) {
    this.unsubscribe = hub.subscribeAll((_siteId, event) => void this.handle(event).catch(this.log));
  }

  stop() {
    this.unsubscribe?.();
  }

  private async handle(event: SiteEvent) {
    const id = typeof event.data.id === 'string' ? event.data.id : undefined;
    if (!id) return;
    // A transferred client keeps their notifications: the subscription moves to the new leg.
    if (event.type === 'ticket.transferred' && typeof event.data.nextId === 'string') {
      await this.db
        .update(pushSubscriptions)
        .set({ ticketId: event.data.nextId, notifiedCalls: 0 })
        .where(eq(pushSubscriptions.ticketId, id));
      return;
    }
    if (FINISHED.includes(event.type)) {
      await this.db.delete(pushSubscriptions).where(eq(pushSubscriptions.ticketId, id));
      return;
    }
    if (event.type !== 'ticket.called' && event.type !== 'ticket.recalled') return;
    const calls = Number(event.data.recalls ?? 0) + 1;
    const [sub] = await this.db
      .update(pushSubscriptions)
      .set({ notifiedCalls: calls })
      .where(and(eq(pushSubscriptions.ticketId, id), lt(pushSubscriptions.notifiedCalls, calls)))
      .returning();
    if (!sub) return;
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
