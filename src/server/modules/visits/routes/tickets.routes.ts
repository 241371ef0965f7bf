import { z } from 'zod';
import { siteParamsSchema } from '../../../../common/schemas/shared.js';
import {
  issueTicketBodySchema,
  staffTicketSchema,
  ticketParamsSchema,
  ticketViewSchema,
  tokenParamsSchema,
} from '../../../../common/visits/schemas.js';
import { requireDevice } from '../../../platform/auth/plugin.js';
import type { App, AppContext } from '../../../platform/context.js';
import { siteById } from '../../sites/sites.service.js';
import { presentStaffTicket } from '../presenters.js';
import { issueTicket } from '../issue.service.js';
import { cancelTicket, listActiveTickets, ticketViewById, ticketViewByToken } from '../tickets.service.js';
import { staffAtSite } from './scope.js';

export function ticketRoutes(app: App, ctx: AppContext) {
  const tags = ['visits'];

  /** The kiosk issues a ticket; rate-limited per device. */
  app.post(
    '/api/kiosk/tickets',
    {
      schema: { tags, body: issueTicketBodySchema, response: { 201: ticketViewSchema } },
      config: {
        rateLimit: {
          max: 30,
          timeWindow: '1 minute',
          keyGenerator: (request) =>
            request.principal?.kind === 'device' ? `device:${request.principal.deviceId}` : request.ip,
        },
      },
    },
    async (request, reply) => {
      const device = requireDevice(request, 'kiosk');
      const site = await siteById(ctx.db, device.siteId);
      reply.code(201);
      return issueTicket(ctx.db, site, device.siteId, request.body, {
        via: 'kiosk',
        deviceId: device.deviceId,
        actor: device,
      });
    },
  );

  app.post(
    '/api/sites/:siteSlug/tickets',
    { schema: { tags, params: siteParamsSchema, body: issueTicketBodySchema, response: { 201: ticketViewSchema } } },
    async (request, reply) => {
      const { actor, site, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'ticket.issue');
      reply.code(201);
      return issueTicket(ctx.db, site, siteId, request.body, { via: 'reception', actor });
    },
  );

  app.get(
    '/api/sites/:siteSlug/tickets',
    { schema: { tags, params: siteParamsSchema, response: { 200: z.array(staffTicketSchema) } } },
    async (request) => {
      const { site, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'ticket.issue');
      return (await listActiveTickets(ctx.db, site, siteId)).map(presentStaffTicket);
    },
  );

  /** What the ticket shows, for reprinting at reception. */
  app.get(
    '/api/sites/:siteSlug/tickets/:id',
    { schema: { tags, params: ticketParamsSchema, response: { 200: ticketViewSchema } } },
    async (request) => {
      const { site, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'ticket.issue');
      return ticketViewById(ctx.db, site, siteId, request.params.id);
    },
  );

  app.post(
    '/api/sites/:siteSlug/tickets/:id/cancel',
    { schema: { tags, params: ticketParamsSchema } },
    async (request, reply) => {
      const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'ticket.cancel');
      await cancelTicket(ctx.db, actor, siteId, request.params.id);
      return reply.code(204).send();
    },
  );

  /** The client's phone page: no login, the token is the key (≥ 128 bits). */
  app.get(
    '/api/tickets/:token',
    {
      schema: { tags: ['public'], params: tokenParamsSchema, response: { 200: ticketViewSchema } },
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request) => ticketViewByToken(ctx.db, request.params.token),
  );
}
