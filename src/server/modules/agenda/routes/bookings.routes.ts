import { z } from 'zod';
import {
  agendaSettingsSchema,
  bookingDecisionSchema,
  bookingListQuerySchema,
  bookingParamsSchema,
  bookingRequestSchema,
  bookingSchema,
} from '../../../../common/agenda/schemas.js';
import { siteParamsSchema } from '../../../../common/schemas/shared.js';
import type { App, AppContext } from '../../../platform/context.js';
import {
  cancelBooking,
  decideBooking,
  getAgendaSettings,
  listBookings,
  requestBooking,
  saveAgendaSettings,
} from '../bookings.service.js';
import { authorize } from '../policy.js';
import { staffSite } from './scope.js';

export function bookingRoutes(app: App, ctx: AppContext) {
  const tags = ['agenda'];

  app.get(
    '/api/sites/:siteSlug/bookings',
    {
      schema: {
        tags,
        params: siteParamsSchema,
        querystring: bookingListQuerySchema,
        response: { 200: z.array(bookingSchema) },
      },
    },
    async (request) => {
      const { actor, siteId } = await staffSite(ctx, request, request.params.siteSlug);
      authorize(actor, 'booking.view', { siteId });
      return listBookings(ctx.db, actor, siteId, request.query);
    },
  );

  app.post(
    '/api/sites/:siteSlug/bookings',
    {
      schema: { tags, params: siteParamsSchema, body: bookingRequestSchema, response: { 201: z.array(bookingSchema) } },
    },
    async (request, reply) => {
      const { actor, site, siteId } = await staffSite(ctx, request, request.params.siteSlug);
      reply.code(201);
      return requestBooking(ctx.db, actor, site, siteId, request.body);
    },
  );

  app.post(
    '/api/sites/:siteSlug/bookings/:id/decision',
    {
      schema: {
        tags,
        params: bookingParamsSchema,
        body: bookingDecisionSchema,
        response: { 200: z.array(bookingSchema) },
      },
    },
    async (request) => {
      const { actor, siteId } = await staffSite(ctx, request, request.params.siteSlug);
      return decideBooking(ctx.db, actor, siteId, request.params.id, request.body.decision, request.body.note);
    },
  );

  app.post(
    '/api/sites/:siteSlug/bookings/:id/cancel',
    { schema: { tags, params: bookingParamsSchema, response: { 200: bookingSchema } } },
    async (request) => {
      const { actor, siteId } = await staffSite(ctx, request, request.params.siteSlug);
      return cancelBooking(ctx.db, actor, siteId, request.params.id);
    },
  );

  app.get(
    '/api/sites/:siteSlug/agenda-settings',
    { schema: { tags, params: siteParamsSchema, response: { 200: agendaSettingsSchema } } },
    async (request) => {
      const { actor, siteId } = await staffSite(ctx, request, request.params.siteSlug);
      authorize(actor, 'settings.manage', { siteId });
      return getAgendaSettings(ctx.db, siteId);
    },
  );

  app.put(
    '/api/sites/:siteSlug/agenda-settings',
    { schema: { tags, params: siteParamsSchema, body: agendaSettingsSchema, response: { 200: agendaSettingsSchema } } },
    async (request) => {
      const { actor, siteId } = await staffSite(ctx, request, request.params.siteSlug);
      authorize(actor, 'settings.manage', { siteId });
      return saveAgendaSettings(ctx.db, actor, siteId, request.body);
    },
  );
}
