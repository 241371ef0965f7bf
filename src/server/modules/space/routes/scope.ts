import type { FastifyRequest } from 'fastify';
import { requireDevice, requireStaff } from '../../../platform/auth/plugin.js';
import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import { resolveSite, siteById } from '../../sites/sites.service.js';
import { authorize, type SpaceAction } from '../policy.js';

export async function staffAtSite(ctx: AppContext, request: FastifyRequest, siteSlug: string, action: SpaceAction) {
  const actor = requireStaff(request);
  const { site, siteId } = await resolveSite(ctx.db, siteSlug);
  authorize(actor, action, siteId);
  return { actor, site, siteId };
}

/** A station screen: a station device linked to a station. */
export async function stationDevice(ctx: AppContext, request: FastifyRequest) {
  const device = requireDevice(request, 'station');
  if (!device.stationId) throw new DomainError('station.not_linked');
  const site = await siteById(ctx.db, device.siteId);
  return { device, site, siteId: device.siteId, stationId: device.stationId };
}
