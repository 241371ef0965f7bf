import type { FastifyRequest } from 'fastify';
import { requireStaff } from '../../../platform/auth/plugin.js';
import type { AppContext } from '../../../platform/context.js';
import { requestLanguage } from '../../../platform/i18n.js';
import { resolveSite } from '../../sites/sites.service.js';

/** A signed-in staff member at a site; the action is authorised by the service (it knows the target). */
export async function staffSite(ctx: AppContext, request: FastifyRequest, siteSlug: string) {
  const actor = requireStaff(request);
  const { site, siteId } = await resolveSite(ctx.db, siteSlug);
  return { actor, site, siteId, language: requestLanguage(request) };
}
