import { z } from 'zod';
import {
  checkInSchema,
  eventInputSchema,
  eventParamsSchema,
  eventPatchSchema,
  eventRecordSchema,
  groupRegistrationSchema,
  registrationParamsSchema,
  staffEventSchema,
  staffRegistrationSchema,
  walkInsSchema,
} from '../../../../common/agenda/schemas.js';
import { dateSchema, siteParamsSchema } from '../../../../common/schemas/shared.js';
import type { App, AppContext } from '../../../platform/context.js';
import { eventRecords, listRegistrations, registerGroup, setCheckIn, setWalkIns } from '../attendance.service.js';
import { createEvent, listStaffEvents, staffEvent, updateEvent } from '../events.service.js';
import type { AgendaNotifier } from '../notify.js';
import { authorize } from '../policy.js';
import { staffSite } from './scope.js';

export function eventRoutes(app: App, ctx: AppContext, notifier: AgendaNotifier) {
  const tags = ['agenda'];
  const item = eventParamsSchema;

  app.get(
    '/api/sites/:siteSlug/events',
    { schema: { tags, params: siteParamsSchema, response: { 200: z.array(staffEventSchema) } } },
    async (request) => {
      const { actor, siteId, language } = await staffSite(ctx, request, request.params.siteSlug);
      authorize(actor, 'booking.view', { siteId });
      return listStaffEvents(ctx.db, actor, siteId, language);
    },
  );

  app.post(
    '/api/sites/:siteSlug/events',
    { schema: { tags, params: siteParamsSchema, body: eventInputSchema, response: { 201: staffEventSchema } } },
    async (request, reply) => {
      const { actor, siteId, language } = await staffSite(ctx, request, request.params.siteSlug);
      reply.code(201);
      return createEvent(ctx.db, actor, siteId, request.body, language);
    },
  );

  app.get(
    '/api/sites/:siteSlug/events/:id',
    { schema: { tags, params: item, response: { 200: staffEventSchema } } },
    async (request) => {
      const { actor, siteId, language } = await staffSite(ctx, request, request.params.siteSlug);
      return staffEvent(ctx.db, actor, siteId, request.params.id, language);
    },
  );

  app.patch(
    '/api/sites/:siteSlug/events/:id',
    { schema: { tags, params: item, body: eventPatchSchema, response: { 200: staffEventSchema } } },
    async (request) => {
      const { actor, siteId, language } = await staffSite(ctx, request, request.params.siteSlug);
      return updateEvent(ctx.db, notifier, actor, siteId, request.params.id, request.body, language);
    },
  );

  app.get(
    '/api/sites/:siteSlug/events/:id/registrations',
    { schema: { tags, params: item, response: { 200: z.array(staffRegistrationSchema) } } },
    async (request) => {
      const { actor, siteId } = await staffSite(ctx, request, request.params.siteSlug);
      return listRegistrations(ctx.db, actor, siteId, request.params.id);
    },
  );

  app.post(
    '/api/sites/:siteSlug/events/:id/groups',
    { schema: { tags, params: item, body: groupRegistrationSchema, response: { 201: staffRegistrationSchema } } },
    async (request, reply) => {
      const { actor, siteId } = await staffSite(ctx, request, request.params.siteSlug);
      reply.code(201);
      return registerGroup(ctx.db, actor, siteId, request.params.id, request.body);
    },
  );

  app.put(
    '/api/sites/:siteSlug/events/:id/registrations/:regId/check-in',
    {
      schema: {
        tags,
        params: registrationParamsSchema,
        body: checkInSchema,
        response: { 200: staffRegistrationSchema },
      },
    },
    async (request) => {
      const { actor, siteId } = await staffSite(ctx, request, request.params.siteSlug);
      const { id, regId } = request.params;
      return setCheckIn(ctx.db, actor, siteId, id, regId, request.body.checkedIn);
    },
  );

  app.put(
    '/api/sites/:siteSlug/events/:id/walk-ins',
    { schema: { tags, params: item, body: walkInsSchema, response: { 200: walkInsSchema } } },
    async (request) => {
      const { actor, siteId } = await staffSite(ctx, request, request.params.siteSlug);
      return setWalkIns(ctx.db, actor, siteId, request.params.id, request.body.walkIns);
    },
  );

  app.get(
    '/api/sites/:siteSlug/agenda/records',
    {
      schema: {
        tags,
        params: siteParamsSchema,
        querystring: z.strictObject({ from: dateSchema, to: dateSchema }),
        response: { 200: z.array(eventRecordSchema) },
      },
    },
    async (request) => {
      const { actor, siteId } = await staffSite(ctx, request, request.params.siteSlug);
      authorize(actor, 'records.view', { siteId });
      const { from, to } = request.query;
      return eventRecords(ctx.db, siteId, new Date(`${from}T00:00:00Z`), new Date(`${to}T23:59:59Z`));
    },
  );
}
