import { checkInSchema, feedParamsSchema, liveCoverageSchema } from '../../../../common/roster/plan-schemas.js';
import { siteParamsSchema } from '../../../../common/schemas/shared.js';
import type { App, AppContext } from '../../../platform/context.js';
import { checkIn, checkOut, myCheckIn } from '../checkin.service.js';
import { feedCalendar } from '../feed.service.js';
import { liveCoverage } from '../live.service.js';
import { rosterScope } from './scope.js';

/** On the day: check-in and check-out, live coverage; and the public calendar feed behind its secret token. */
export function dayRoutes(app: App, ctx: AppContext) {
  const tags = ['roster'];
  const base = '/api/sites/:siteSlug/roster';
  app.get(
    `${base}/me/check-in`,
    { schema: { tags, params: siteParamsSchema, response: { 200: checkInSchema } } },
    async (request) => {
      const { actor, site, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.self');
      return myCheckIn(ctx.db, site, siteId, actor.userId, ctx.now());
    },
  );
  app.post(
    `${base}/check-in`,
    { schema: { tags, params: siteParamsSchema, response: { 200: checkInSchema } } },
    async (request) => {
      const { actor, site, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.self');
      return checkIn(ctx.db, actor, site, siteId, ctx.now());
    },
  );
  app.post(
    `${base}/check-out`,
    { schema: { tags, params: siteParamsSchema, response: { 200: checkInSchema } } },
    async (request) => {
      const { actor, site, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.self');
      return checkOut(ctx.db, actor, site, siteId, ctx.now());
    },
  );
  app.get(
    `${base}/live`,
    { schema: { tags, params: siteParamsSchema, response: { 200: liveCoverageSchema } } },
    async (request) => {
      const { site, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.live');
      return liveCoverage(ctx.db, site, siteId, ctx.now());
    },
  );
  app.get(
    '/api/roster/feeds/:token/plan.ics',
    { schema: { tags, params: feedParamsSchema } },
    async (request, reply) => {
      const calendar = await feedCalendar(ctx.db, request.params.token);
      return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(calendar);
    },
  );
}
