import type { FastifyRequest } from 'fastify';
import type { PeriodQuery } from '../../../../common/stats/schemas.js';
import { requireStaff } from '../../../platform/auth/plugin.js';
import type { AppContext } from '../../../platform/context.js';
import { resolveSite } from '../../sites/sites.service.js';
import { authorize } from '../policy.js';
import { reportScope } from '../report.service.js';

/** A manager's report at a site (or the network): authorised, with the sites and disclosure settings. */
export async function managerScope(
  ctx: AppContext,
  request: FastifyRequest,
  slug: string,
  scope: PeriodQuery['scope'],
) {
  const actor = requireStaff(request);
  const { siteId } = await resolveSite(ctx.db, slug);
  authorize(actor, 'report.view', { siteId });
  return { actor, siteId, scope: await reportScope(ctx.db, siteId, scope) };
}
