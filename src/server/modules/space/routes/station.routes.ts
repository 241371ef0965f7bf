import {
  claimBodySchema,
  helpSchema,
  idParams,
  stationScreenSchema,
  useSchema,
} from '../../../../common/space/schemas.js';
import type { App, AppContext } from '../../../platform/context.js';
import { cancelHelp, raiseHelp } from '../help.service.js';
import { startUse } from '../uses.service.js';
import { stationScreen } from '../views.service.js';
import { presentUseRow } from './present.js';
import { stationDevice } from './scope.js';

/** The station screen (device token of kind `station`): its state, "I need help", claiming with a ticket. */
export function stationRoutes(app: App, ctx: AppContext) {
  const tags = ['space'];

  app.get('/api/station', { schema: { tags, response: { 200: stationScreenSchema } } }, async (request) => {
    const { site, siteId, stationId } = await stationDevice(ctx, request);
    return stationScreen(ctx.db, site, siteId, stationId);
  });

  app.post(
    '/api/station/help',
    { schema: { tags, response: { 201: helpSchema.pick({ id: true, status: true }) } } },
    async (request, reply) => {
      const { device, site, stationId } = await stationDevice(ctx, request);
      const help = await raiseHelp(ctx.db, site, device, stationId);
      reply.code(201);
      return { id: help.id, status: help.status as 'raised' };
    },
  );

  app.post(
    '/api/station/help/:id/cancel',
    { schema: { tags, params: idParams, response: { 200: helpSchema.pick({ id: true, status: true }) } } },
    async (request) => {
      const { device, stationId } = await stationDevice(ctx, request);
      const help = await cancelHelp(ctx.db, device, stationId, request.params.id);
      return { id: help.id, status: help.status as 'cancelled' };
    },
  );

  /** The person types (or scans) their digital-space ticket code at a free station. */
  app.post(
    '/api/station/claim',
    {
      schema: { tags, body: claimBodySchema, response: { 201: useSchema } },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { device, site, siteId, stationId } = await stationDevice(ctx, request);
      const use = await startUse(ctx.db, site, siteId, device, { stationId, ticketCode: request.body.code });
      reply.code(201);
      return presentUseRow(ctx, siteId, use);
    },
  );
}
