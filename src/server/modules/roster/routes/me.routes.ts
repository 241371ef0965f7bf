import {
  absenceInputSchema,
  absenceSchema,
  availabilitySchema,
  feedSchema,
  myPlanSchema,
  periodQuerySchema,
  preferencesInputSchema,
  recurringInputSchema,
  rosterParamsSchema,
} from '../../../../common/roster/plan-schemas.js';
import { siteParamsSchema } from '../../../../common/schemas/shared.js';
import type { App, AppContext } from '../../../platform/context.js';
import { addAbsence, availabilityOf, removeAbsence, setPreferences, setRecurring } from '../availability.service.js';
import { feedState, regenerateFeed, revokeFeed } from '../feed.service.js';
import { myPlan } from '../me.service.js';
import { checkPeriod } from '../plans.service.js';
import { rosterScope } from './scope.js';

/** A staff member's own plan, availability, leave and calendar feed. */
export function meRoutes(app: App, ctx: AppContext) {
  const tags = ['roster'];
  const base = '/api/sites/:siteSlug/roster/me';
  const self = (request: Parameters<typeof rosterScope>[1], slug: string) =>
    rosterScope(ctx, request, slug, 'roster.self');
  app.get(
    `${base}/plan`,
    { schema: { tags, params: siteParamsSchema, querystring: periodQuerySchema, response: { 200: myPlanSchema } } },
    async (request) => {
      const { actor, siteId } = await self(request, request.params.siteSlug);
      checkPeriod(request.query.from, request.query.to);
      return myPlan(ctx.db, siteId, actor.userId, request.query.from, request.query.to);
    },
  );
  app.get(
    `${base}/availability`,
    { schema: { tags, params: siteParamsSchema, response: { 200: availabilitySchema } } },
    async (request) => {
      const { actor, siteId } = await self(request, request.params.siteSlug);
      return availabilityOf(ctx.db, siteId, actor.userId);
    },
  );
  app.put(
    `${base}/availability/recurring`,
    { schema: { tags, params: siteParamsSchema, body: recurringInputSchema, response: { 200: availabilitySchema } } },
    async (request) => {
      const { actor, site, siteId } = await self(request, request.params.siteSlug);
      return setRecurring(ctx.db, actor, site, siteId, actor.userId, request.body);
    },
  );
  app.put(
    `${base}/preferences`,
    { schema: { tags, params: siteParamsSchema, body: preferencesInputSchema, response: { 200: availabilitySchema } } },
    async (request) => {
      const { actor, siteId } = await self(request, request.params.siteSlug);
      return setPreferences(ctx.db, actor, siteId, actor.userId, request.body);
    },
  );
  app.post(
    `${base}/absences`,
    { schema: { tags, params: siteParamsSchema, body: absenceInputSchema, response: { 201: absenceSchema } } },
    async (request, reply) => {
      const { actor, site, siteId } = await self(request, request.params.siteSlug);
      const absence = await addAbsence(ctx.db, actor, site, siteId, actor.userId, request.body);
      reply.code(201);
      return absence;
    },
  );
  app.delete(`${base}/absences/:id`, { schema: { tags, params: rosterParamsSchema } }, async (request, reply) => {
    const { actor, siteId } = await self(request, request.params.siteSlug);
    await removeAbsence(ctx.db, actor, siteId, actor.userId, request.params.id);
    return reply.code(204).send();
  });
  app.get(
    `${base}/feed`,
    { schema: { tags, params: siteParamsSchema, response: { 200: feedSchema } } },
    async (request) => {
      const { actor } = await self(request, request.params.siteSlug);
      return feedState(ctx.db, actor.userId);
    },
  );
  app.post(
    `${base}/feed`,
    { schema: { tags, params: siteParamsSchema, response: { 200: feedSchema } } },
    async (request) => {
      const { actor } = await self(request, request.params.siteSlug);
      return regenerateFeed(ctx.db, actor, ctx.config.publicUrl);
    },
  );
  app.delete(`${base}/feed`, { schema: { tags, params: siteParamsSchema } }, async (request, reply) => {
    const { actor } = await self(request, request.params.siteSlug);
    await revokeFeed(ctx.db, actor);
    return reply.code(204).send();
  });
}
