import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../../platform/context.js';
import { requireStaff } from '../../../platform/auth/plugin.js';
import { authorize, type SitesAction } from '../policy.js';
import { resolveSite } from '../sites.service.js';

/** Resolves `:siteSlug`, then checks the signed-in staff member may do `action` at that site. */
export async function staffAtSite(ctx: AppContext, request: FastifyRequest, siteSlug: string, action: SitesAction) {
  const actor = requireStaff(request);
  const { site, siteId } = await resolveSite(ctx.db, siteSlug);
  authorize(actor, action, { siteId });
  return { actor, site, siteId };
}
