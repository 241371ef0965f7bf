import type { FastifyRequest } from 'fastify';
import { requireStaff } from '../../../platform/auth/plugin.js';
import type { AppContext } from '../../../platform/context.js';
import { requestLanguage } from '../../../platform/i18n.js';
import { resolveSite } from '../../sites/sites.service.js';
import { authorize, type RosterAction } from '../policy.js';

/** The signed-in staff member, the site, and the check that they may take this action there. */
export async function rosterScope(ctx: AppContext, request: FastifyRequest, siteSlug: string, action: RosterAction) {
  const actor = requireStaff(request);
  const { site, siteId } = await resolveSite(ctx.db, siteSlug);
  authorize(actor, action, { siteId });
  return { actor, site, siteId, language: requestLanguage(request) };
}
