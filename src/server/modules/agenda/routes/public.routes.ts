import { z } from 'zod';
import {
  agendaQuerySchema,
  publicEventSchema,
  registrationInputSchema,
  registrationResultSchema,
  registrationViewSchema,
  tokenParamsSchema,
} from '../../../../common/agenda/schemas.js';
import { siteItemParamsSchema, siteParamsSchema, slugSchema } from '../../../../common/schemas/shared.js';
import type { App, AppContext } from '../../../platform/context.js';
import { requestLanguage } from '../../../platform/i18n.js';
import { resolveSite } from '../../sites/sites.service.js';
import { feedEvents, publicAgenda, publicEvent } from '../agenda.service.js';
import { cachedSite } from '../directory-cache.js';
import { eventsCalendar } from '../ics.js';
import type { AgendaNotifier } from '../notify.js';
import { organisationDirectory } from '../organisers.js';
import { cancelRegistration, register, registrationView } from '../registrations.service.js';

const ICS = 'text/calendar; charset=utf-8';

/** No sign-in: the agenda, event pages, calendar files, registration and cancellation by token. */
export function publicRoutes(app: App, ctx: AppContext, notifier: AgendaNotifier) {
  const tags = ['public'];
  const read = { rateLimit: { max: 600, timeWindow: '1 minute' } };

  app.get(
    '/api/sites/:siteSlug/agenda',
    {
      schema: {
        tags,
        params: siteParamsSchema,
        querystring: agendaQuerySchema,
        response: { 200: z.array(publicEventSchema) },
      },
      config: read,
    },
    async (request) => {
      const { siteId } = await cachedSite(ctx.db, request.params.siteSlug);
      return publicAgenda(ctx.db, siteId, request.query, requestLanguage(request));
    },
  );

  app.get(
    '/api/sites/:siteSlug/agenda/events/:id',
    { schema: { tags, params: siteItemParamsSchema, response: { 200: publicEventSchema } }, config: read },
    async (request) => {
      const { siteId } = await cachedSite(ctx.db, request.params.siteSlug);
      return publicEvent(ctx.db, siteId, request.params.id, requestLanguage(request));
    },
  );

  app.get(
    '/api/sites/:siteSlug/agenda/events/:id/event.ics',
    { schema: { tags, params: siteItemParamsSchema }, config: read },
    async (request, reply) => {
      const { siteId } = await resolveSite(ctx.db, request.params.siteSlug);
      const lang = requestLanguage(request);
      const event = await publicEvent(ctx.db, siteId, request.params.id, lang);
      reply.header('content-disposition', 'attachment; filename="event.ics"');
      return reply.type(ICS).send(eventsCalendar([event], lang, 'Atrium', ctx.config.publicUrl));
    },
  );

  app.get(
    '/api/sites/:siteSlug/agenda.ics',
    { schema: { tags, params: siteParamsSchema }, config: read },
    async (request, reply) => {
      const { site, siteId } = await resolveSite(ctx.db, request.params.siteSlug);
      const lang = requestLanguage(request);
      const events = await feedEvents(ctx.db, siteId, null);
      return reply.type(ICS).send(eventsCalendar(events, lang, site.name[lang], ctx.config.publicUrl));
    },
  );

  app.get(
    '/api/sites/:siteSlug/organisations/:orgSlug/agenda.ics',
    { schema: { tags, params: z.strictObject({ siteSlug: slugSchema, orgSlug: slugSchema }) }, config: read },
    async (request, reply) => {
      const { siteId } = await resolveSite(ctx.db, request.params.siteSlug);
      const lang = requestLanguage(request);
      const orgs = await organisationDirectory(ctx.db, lang);
      const orgId = orgs.idOfSlug(request.params.orgSlug);
      const events = orgId ? await feedEvents(ctx.db, siteId, orgId) : [];
      return reply.type(ICS).send(eventsCalendar(events, lang, request.params.orgSlug, ctx.config.publicUrl));
    },
  );

  app.post(
    '/api/sites/:siteSlug/agenda/events/:id/registrations',
    {
      schema: {
        tags,
        params: siteItemParamsSchema,
        body: registrationInputSchema,
        response: { 201: registrationResultSchema },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { siteId } = await resolveSite(ctx.db, request.params.siteSlug);
      reply.code(201);
      return register(ctx.db, notifier, siteId, request.params.id, request.body);
    },
  );

  app.get(
    '/api/agenda/registrations/:token',
    { schema: { tags, params: tokenParamsSchema, response: { 200: registrationViewSchema } }, config: read },
    async (request) => registrationView(ctx.db, request.params.token, requestLanguage(request)),
  );

  app.post(
    '/api/agenda/registrations/:token/cancel',
    {
      schema: { tags, params: tokenParamsSchema, response: { 200: z.object({ promoted: z.number().int() }) } },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request) => cancelRegistration(ctx.db, notifier, request.params.token),
  );
}
