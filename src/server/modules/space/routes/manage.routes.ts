import { spaceRulesPatchSchema, spaceRulesSchema, spaceSummarySchema } from '../../../../common/space/schemas.js';
import { siteParamsSchema } from '../../../../common/schemas/shared.js';
import type { App, AppContext } from '../../../platform/context.js';
import { updateSpaceRules } from '../settings.service.js';
import { spaceSummary } from '../summary.service.js';
import { staffAtSite } from './scope.js';

/** Managers: today's figures and the space's rules. */
export function manageRoutes(app: App, ctx: AppContext) {
  const tags = ['space'];
  app.get(
    '/api/sites/:siteSlug/space/summary',
    { schema: { tags, params: siteParamsSchema, response: { 200: spaceSummarySchema } } },
    async (request) => {
      const { site, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'space.manage');
      return spaceSummary(ctx.db, site, siteId);
    },
  );
  app.patch(
    '/api/sites/:siteSlug/space/rules',
    { schema: { tags, params: siteParamsSchema, body: spaceRulesPatchSchema, response: { 200: spaceRulesSchema } } },
    async (request) => {
      const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'space.manage');
      return updateSpaceRules(ctx.db, actor, siteId, request.body);
    },
  );
}
