import { z } from 'zod';
import {
  claimBodySchema,
  claimResultSchema,
  deviceInputSchema,
  deviceMeSchema,
  deviceSchema,
  enrolmentCodeSchema,
} from '../../../../common/schemas/sites/device.js';
import { siteItemParamsSchema, siteParamsSchema } from '../../../../common/schemas/shared.js';
import type { App, AppContext } from '../../../platform/context.js';
import { requireDevice } from '../../../platform/auth/plugin.js';
import {
  claimDevice,
  deviceSummary,
  enrolDevice,
  listDevices,
  newEnrolmentCode,
  revokeDevice,
} from '../devices.service.js';
import { staffAtSite } from './scope.js';

export function deviceRoutes(app: App, ctx: AppContext) {
  const tags = ['devices'];
  const base = '/api/sites/:siteSlug/devices';
  app.get(
    base,
    { schema: { tags, params: siteParamsSchema, response: { 200: z.array(deviceSchema) } } },
    async (request) => {
      const { siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'site.configure');
      return listDevices(ctx.db, siteId);
    },
  );

  app.post(
    base,
    { schema: { tags, params: siteParamsSchema, body: deviceInputSchema, response: { 201: enrolmentCodeSchema } } },
    async (request, reply) => {
      const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'site.configure');
      reply.code(201);
      return enrolDevice(ctx.db, actor, siteId, request.body);
    },
  );

  app.post(
    `${base}/:id/code`,
    { schema: { tags, params: siteItemParamsSchema, response: { 201: enrolmentCodeSchema } } },
    async (request, reply) => {
      const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'site.configure');
      reply.code(201);
      return newEnrolmentCode(ctx.db, actor, siteId, request.params.id);
    },
  );

  app.post(
    `${base}/:id/revoke`,
    { schema: { tags, params: siteItemParamsSchema, response: { 200: deviceSchema } } },
    async (request) => {
      const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'site.configure');
      return revokeDevice(ctx.db, actor, siteId, request.params.id);
    },
  );

  /** Public: a device's browser trades its one-time code for a token. Rate-limited. */
  app.post(
    '/api/devices/claim',
    {
      schema: { tags, body: claimBodySchema, response: { 201: claimResultSchema } },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      reply.code(201);
      return claimDevice(ctx.db, request.body.code);
    },
  );

  app.get('/api/devices/me', { schema: { tags, response: { 200: deviceMeSchema } } }, async (request) => {
    const device = requireDevice(request);
    return deviceSummary(ctx.db, device.deviceId);
  });
}
