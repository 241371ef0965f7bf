import { siteParamsSchema } from '../../../../common/schemas/shared.js';
import {
  directionBodySchema,
  directionsSummarySchema,
  queuesSnapshotSchema,
  visitSettingsSchema,
} from '../../../../common/visits/schemas.js';
import type { App, AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import { resolveSite } from '../../sites/sites.service.js';
import { directionsToday, recordDirection } from '../directions.service.js';
import { can } from '../policy.js';
import { queuesSnapshot } from '../queues.service.js';
import { getVisitSettings, updateVisitSettings } from '../settings.service.js';
import { staffAtSite } from './scope.js';

export function queueRoutes(app: App, ctx: AppContext) {
  const tags = ['visits'];

  /** Every queue at a glance: for reception, desks, the display and the kiosk (devices of the site). */
  app.get(
    '/api/sites/:siteSlug/queues',
    { schema: { tags, params: siteParamsSchema, response: { 200: queuesSnapshotSchema } } },
    async (request) => {
      const { site, siteId } = await resolveSite(ctx.db, request.params.siteSlug);
      const p = request.principal;
      const allowed = p?.kind === 'device' ? p.siteId === siteId : p?.kind === 'staff' && can(p, 'queues.view', siteId);
      if (!allowed) throw new DomainError(p ? 'auth.forbidden' : 'auth.required');
      return queuesSnapshot(ctx.db, site, siteId);
    },
  );

  app.get(
    '/api/sites/:siteSlug/visit-settings',
    { schema: { tags, params: siteParamsSchema, response: { 200: visitSettingsSchema } } },
    async (request) => {
      const { siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'queues.view');
      return getVisitSettings(ctx.db, siteId);
    },
  );

  app.put(
    '/api/sites/:siteSlug/visit-settings',
    { schema: { tags, params: siteParamsSchema, body: visitSettingsSchema, response: { 200: visitSettingsSchema } } },
    async (request) => {
      const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'settings.manage');
      return updateVisitSettings(ctx.db, actor, siteId, request.body);
    },
  );

  app.get(
    '/api/sites/:siteSlug/directions',
    { schema: { tags, params: siteParamsSchema, response: { 200: directionsSummarySchema } } },
    async (request) => {
      const { site, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'direction.record');
      return directionsToday(ctx.db, site, siteId);
    },
  );

  app.post(
    '/api/sites/:siteSlug/directions',
    {
      schema: { tags, params: siteParamsSchema, body: directionBodySchema, response: { 201: directionsSummarySchema } },
    },
    async (request, reply) => {
      const { actor, site, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'direction.record');
      reply.code(201);
      return recordDirection(ctx.db, actor, site, siteId, request.body);
    },
  );
}
