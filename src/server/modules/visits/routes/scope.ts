import type { FastifyRequest } from 'fastify';
import { requireStaff } from '../../../platform/auth/plugin.js';
import type { AppContext } from '../../../platform/context.js';
import { resolveSite } from '../../sites/sites.service.js';
import { authorize, type VisitsAction } from '../policy.js';

export async function staffAtSite(ctx: AppContext, request: FastifyRequest, siteSlug: string, action: VisitsAction) {
  const actor = requireStaff(request);
  const { site, siteId } = await resolveSite(ctx.db, siteSlug);
  authorize(actor, action, siteId);
  return { actor, site, siteId };
}
