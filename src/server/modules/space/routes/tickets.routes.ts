import {
  siteItemParams,
  spaceDisplaySchema,
  spaceTicketBodySchema,
  spaceTicketViewSchema,
  spaceTokenParamsSchema,
} from '../../../../common/space/schemas.js';
import { siteParamsSchema } from '../../../../common/schemas/shared.js';
import { requireDevice } from '../../../platform/auth/plugin.js';
import type { App, AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import { resolveSite, siteById } from '../../sites/sites.service.js';
import { can } from '../policy.js';
import type { SpaceTicketStreams } from '../ticket-stream.js';
import { cancelSpaceTicket, issueSpaceTicket, spaceTicketView } from '../tickets.service.js';
import { spaceDisplay } from '../views.service.js';
import { staffAtSite } from './scope.js';

/** Digital-space tickets: kiosk and reception issue them; the phone follows one; the display shows offers. */
export function spaceTicketRoutes(app: App, ctx: AppContext, streams: SpaceTicketStreams) {
  const tags = ['space'];
  const created = { 201: spaceTicketViewSchema };

  app.post(
    '/api/kiosk/space-tickets',
    {
      schema: { tags, body: spaceTicketBodySchema, response: created },
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
      const view = await issueSpaceTicket(ctx.db, site, device.siteId, request.body.kind, {
        via: 'kiosk',
        actor: device,
      });
      reply.code(201);
      return view;
    },
  );

  app.post(
    '/api/sites/:siteSlug/space-tickets',
    { schema: { tags, params: siteParamsSchema, body: spaceTicketBodySchema, response: created } },
    async (request, reply) => {
      const { actor, site, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'space.issue');
      const view = await issueSpaceTicket(ctx.db, site, siteId, request.body.kind, { via: 'reception', actor });
      reply.code(201);
      return view;
    },
  );

  app.post(
    '/api/sites/:siteSlug/space-tickets/:id/cancel',
    { schema: { tags, params: siteItemParams } },
    async (request, reply) => {
      const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'space.issue');
      await cancelSpaceTicket(ctx.db, actor, siteId, request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/space-tickets/:token',
    {
      schema: { tags: ['public'], params: spaceTokenParamsSchema, response: { 200: spaceTicketViewSchema } },
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request) => spaceTicketView(ctx.db, request.params.token),
  );

  app.get(
    '/api/space-tickets/:token/stream',
    {
      schema: { tags: ['public'], params: spaceTokenParamsSchema },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (request, reply) => streams.open(request, reply, request.params.token),
  );

  /** The display board (display device) or staff: stations offered to waiting tickets. */
  app.get(
    '/api/sites/:siteSlug/space/display',
    { schema: { tags, params: siteParamsSchema, response: { 200: spaceDisplaySchema } } },
    async (request) => {
      const { siteId } = await resolveSite(ctx.db, request.params.siteSlug);
      const p = request.principal;
      const allowed =
        p?.kind === 'device'
          ? p.siteId === siteId && p.deviceKind !== 'station'
          : p?.kind === 'staff' && can(p, 'space.view', siteId);
      if (!allowed) throw new DomainError(p ? 'auth.forbidden' : 'auth.required');
      return spaceDisplay(ctx.db, siteId);
    },
  );
}
