import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SpaceTicketView } from '../../../common/space/schemas.js';
import type { Db } from '../../db/client.js';
import { trustedSiteId } from '../../platform/auth/scope.js';
import type { EventHub } from '../../platform/events/hub.js';
import { openEventStream } from '../../platform/events/sse.js';
import { spaceTicketRow, spaceTicketView } from './tickets.service.js';

/**
 * The phone of a digital-space ticket follows it by SSE: after a change to the waiting list or the
 * stations of its site (debounced), its view is recomputed and sent only if it changed.
 */
export class SpaceTicketStreams {
  constructor(
    private readonly db: Db,
    private readonly hub: EventHub,
    private readonly heartbeatMs: number,
    private readonly log: (error: unknown) => void,
  ) {}

  async open(request: FastifyRequest, reply: FastifyReply, token: string) {
    const row = await spaceTicketRow(this.db, token);
    let last = JSON.stringify(await spaceTicketView(this.db, token));
    const stream = openEventStream(request, reply, { heartbeatMs: this.heartbeatMs });
    let timer: NodeJS.Timeout | undefined;
    const refresh = async () => {
      const view = JSON.stringify(await spaceTicketView(this.db, token));
      if (view !== last) {
        last = view;
        stream.send('status', JSON.parse(view) as SpaceTicketView);
      }
    };
    const unsubscribe = this.hub.subscribe(trustedSiteId(row.siteId), (event) => {
      if (!event.type.startsWith('space.')) return;
      clearTimeout(timer);
      timer = setTimeout(() => refresh().catch(this.log), 50);
    });
    stream.onClose(() => {
      clearTimeout(timer);
      unsubscribe();
    });
    stream.send('status', JSON.parse(last) as SpaceTicketView);
  }
}
