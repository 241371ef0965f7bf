import { z } from 'zod';
import { siteInputSchema, sitePatchSchema, siteSchema } from '../../../../common/schemas/sites/site.js';
import { zoneSchema } from '../../../../common/schemas/sites/places.js';
import { siteParamsSchema } from '../../../../common/schemas/shared.js';
import type { App, AppContext } from '../../../platform/context.js';
import { credentialsStillValid, requireStaff } from '../../../platform/auth/plugin.js';
import { streamSiteEvents } from '../../../platform/events/sse.js';
import { DomainError } from '../../../platform/errors.js';
import { authorize, can } from '../policy.js';
import { presentSite } from '../presenters.js';
import { zonesService } from '../places.service.js';
import { createSite, listSites, resolveSite, updateSite } from '../sites.service.js';

const publicSiteSchema = siteSchema.extend({ zones: z.array(zoneSchema) });

export function siteRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/sites/:siteSlug/public',
    { schema: { tags: ['public'], params: siteParamsSchema, response: { 200: publicSiteSchema } } },
    async (request) => {
      const { site, siteId } = await resolveSite(ctx.db, request.params.siteSlug);
      return { ...presentSite(site), zones: await zonesService.list(ctx.db, siteId) };
    },
  );

  app.get('/api/sites', { schema: { tags: ['public'], response: { 200: z.array(siteSchema) } } }, async () =>
    listSites(ctx.db),
  );

  app.post(
    '/api/admin/sites',
    { schema: { tags: ['admin'], body: siteInputSchema, response: { 201: siteSchema } } },
    async (request, reply) => {
      const actor = requireStaff(request);
      authorize(actor, 'network.manage');
      reply.code(201);
      return createSite(ctx.db, actor, request.body);
    },
  );

  app.patch(
    '/api/sites/:siteSlug',
    { schema: { tags: ['admin'], params: siteParamsSchema, body: sitePatchSchema, response: { 200: siteSchema } } },
    async (request) => {
      const actor = requireStaff(request);
      const { siteId } = await resolveSite(ctx.db, request.params.siteSlug);
      authorize(actor, 'site.configure', { siteId });
      return updateSite(ctx.db, actor, siteId, request.body);
    },
  );

  app.get(
    '/api/sites/:siteSlug/stream',
    { schema: { tags: ['realtime'], params: siteParamsSchema } },
    async (request, reply) => {
      const { siteId } = await resolveSite(ctx.db, request.params.siteSlug);
      const p = request.principal;
      const allowed =
        p?.kind === 'device' ? p.siteId === siteId : p?.kind === 'staff' && can(p, 'site.view', { siteId });
      if (!allowed) throw new DomainError(p ? 'auth.forbidden' : 'auth.required');
      await streamSiteEvents(request, reply, ctx.hub, siteId, {
        heartbeatMs: ctx.heartbeatMs,
        stillAllowed: credentialsStillValid(request, { db: ctx.db, session: ctx.config.session }),
      });
    },
  );
}
