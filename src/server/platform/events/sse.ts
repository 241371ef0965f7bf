import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SiteEvent } from '../../../common/events.js';
import type { EventHub } from './hub.js';
import { sseBatcher } from './write-batcher.js';

export type SseOptions = {
  heartbeatMs: number;
  /** Checked at every heartbeat; when it says no (signed out, account disabled, device revoked) the stream ends. */
  stillAllowed?: () => Promise<boolean>;
};

/**
 * Opens a Server-Sent Events response: headers, a reconnect delay, a heartbeat comment so proxies
 * keep it open, and clean-up when the client goes away.
 */
export function openEventStream(request: FastifyRequest, reply: FastifyReply, options: SseOptions) {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 3000\n\n');
  const closers: (() => void)[] = [];
  // Frames go through the shared batcher: a burst of events costs this connection one socket write.
  const write = (text: string) => {
    if (!raw.writableEnded) sseBatcher.write(raw, text);
  };
  const end = () => {
    sseBatcher.forget(raw);
    raw.end();
  };
  const heartbeat = setInterval(() => {
    if (!options.stillAllowed) {
      write(': heartbeat\n\n');
      return;
    }
    options.stillAllowed().then((allowed) => (allowed ? write(': heartbeat\n\n') : end()), end);
  }, options.heartbeatMs);
  heartbeat.unref();
  request.raw.on('close', () => {
    clearInterval(heartbeat);
    sseBatcher.forget(raw);
    for (const close of closers) close();
  });
  return {
    write,
    send: (type: string, data: unknown, id?: string) =>
      write(`${id ? `id: ${id}\n` : ''}event: ${type}\ndata: ${JSON.stringify(data)}\n\n`),
    onClose: (fn: () => void) => closers.push(fn),
  };
}

/** An event's frame is the same for every subscriber: serialised once, however many streams carry it. */
const frames = new WeakMap<SiteEvent, string>();
const frame = (event: SiteEvent) => {
  let text = frames.get(event);
  if (text === undefined) {
    text = `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
    frames.set(event, text);
  }
  return text;
};

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

  const stream = openEventStream(request, reply, options);

  let lastSent = resumeFrom ?? 0;
  let backlogDone = resumeFrom === undefined;
  const pending: SiteEvent[] = [];
  const send = (event: SiteEvent) => {
    const id = Number(event.id);
    if (id <= lastSent && resumeFrom !== undefined) return;
    lastSent = Math.max(lastSent, id);
    stream.write(frame(event));
  };
  const unsubscribe = hub.subscribe(siteId, (event) => (backlogDone ? send(event) : pending.push(event)));
  stream.onClose(unsubscribe);

  if (resumeFrom !== undefined) {
    try {
      for (const event of await hub.since(siteId, resumeFrom)) send(event);
    } finally {
      backlogDone = true;
      for (const event of pending.splice(0)) send(event);
    }
  }
  stream.write(': connected\n\n');
}
