import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SiteEvent } from '../../../common/events.js';
import type { EventHub } from './hub.js';

export type SseOptions = { heartbeatMs: number };

const frame = (event: SiteEvent) => `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

/**
 * Streams a site's events as Server-Sent Events: resumes after `Last-Event-ID` from the stored
 * events, then follows live ones; a comment line every heartbeat keeps proxies from closing it.
 */
export async function streamSiteEvents(
  request: FastifyRequest,
  reply: FastifyReply,
  hub: EventHub,
  siteId: string,
  options: SseOptions,
) {
  const lastEventId = Number(
    request.headers['last-event-id'] ?? (request.query as { lastEventId?: string }).lastEventId,
  );
  const resumeFrom = Number.isSafeInteger(lastEventId) && lastEventId > 0 ? lastEventId : undefined;

  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 3000\n\n');

  let lastSent = resumeFrom ?? 0;
  let backlogDone = resumeFrom === undefined;
  const pending: SiteEvent[] = [];
  const send = (event: SiteEvent) => {
    const id = Number(event.id);
    if (id <= lastSent && resumeFrom !== undefined) return;
    lastSent = Math.max(lastSent, id);
    raw.write(frame(event));
  };
  const unsubscribe = hub.subscribe(siteId, (event) => (backlogDone ? send(event) : pending.push(event)));
  const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), options.heartbeatMs);
  heartbeat.unref();

  const close = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  request.raw.on('close', close);

  if (resumeFrom !== undefined) {
    try {
      for (const event of await hub.since(siteId, resumeFrom)) send(event);
    } finally {
      backlogDone = true;
      for (const event of pending.splice(0)) send(event);
    }
  }
  raw.write(': connected\n\n');
}
