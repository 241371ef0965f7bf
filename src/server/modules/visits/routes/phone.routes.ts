import { z } from 'zod';
import { okSchema } from '../../../../common/schemas/shared.js';
import { pushSubscriptionBodySchema, tokenParamsSchema } from '../../../../common/visits/schemas.js';
import type { App, AppContext } from '../../../platform/context.js';
import { trustedSiteId } from '../../../platform/auth/scope.js';
import { openEventStream } from '../../../platform/events/sse.js';
import { siteById } from '../../sites/sites.service.js';
import { savePushSubscription, vapidKeys } from '../push.service.js';
import type { TicketBoards } from '../ticket-stream.js';
import { liveTicketByToken, liveTicketViews } from '../tickets.service.js';

/** The client's phone: follow the ticket by push (SSE), and allow Web Push notifications. */
export function phoneRoutes(app: App, ctx: AppContext, boards: TicketBoards) {
  const tags = ['public'];

  app.get(
    '/api/tickets/:token/stream',
    { schema: { tags, params: tokenParamsSchema }, config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const ticket = await liveTicketByToken(ctx.db, request.params.token);
      const site = await siteById(ctx.db, trustedSiteId(ticket.siteId));
      const initial = (await liveTicketViews(ctx.db, site, trustedSiteId(ticket.siteId), [ticket])).get(ticket.id);
      if (!initial) return reply.code(404).send();
      const view = { ...initial, token: request.params.token };
      const stream = openEventStream(request, reply, { heartbeatMs: ctx.heartbeatMs });
      stream.send('status', view);
      const unfollow = boards.follow(
        trustedSiteId(site.id),
        ticket.id,
        request.params.token,
        (json) => stream.write(`event: status\ndata: ${json}\n\n`),
        view,
      );
      stream.onClose(unfollow);
    },
  );

  app.get(
    '/api/push/public-key',
    { schema: { tags, response: { 200: z.object({ publicKey: z.string() }) } } },
    async () => ({ publicKey: (await vapidKeys(ctx.db)).publicKey }),
  );

  app.post(
    '/api/tickets/:token/push',
    {
      schema: { tags, params: tokenParamsSchema, body: pushSubscriptionBodySchema, response: { 200: okSchema } },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request) => {
      await savePushSubscription(ctx.db, request.params.token, request.body);
      return { ok: true as const };
    },
  );
}
