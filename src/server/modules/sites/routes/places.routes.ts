import { z } from 'zod';
import {
  deskInputSchema,
  deskPatchSchema,
  deskSchema,
  roomInputSchema,
  roomPatchSchema,
  roomSchema,
  stationInputSchema,
  stationPatchSchema,
  stationSchema,
  zoneInputSchema,
  zonePatchSchema,
  zoneSchema,
} from '../../../../common/schemas/sites/places.js';
import { siteItemParamsSchema, siteParamsSchema } from '../../../../common/schemas/shared.js';
import type { App, AppContext } from '../../../platform/context.js';
import { desksService, roomsService, stationsService, zonesService } from '../places.service.js';
import { staffAtSite } from './scope.js';

type Service = typeof desksService | typeof roomsService | typeof stationsService | typeof zonesService;

/** The same five routes for each kind of place: list, create, update, delete. */
function placeRoutes(
  app: App,
  ctx: AppContext,
  path: string,
  service: Service,
  schemas: { input: z.ZodType; patch: z.ZodType; output: z.ZodType },
) {
  const base = `/api/sites/:siteSlug/${path}`;
  const tags = ['sites'];
  app.get(
    base,
    { schema: { tags, params: siteParamsSchema, response: { 200: z.array(schemas.output) } } },
    async (request) => {
      const { siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'site.view');
      return service.list(ctx.db, siteId);
    },
  );
  app.post(
    base,
    { schema: { tags, params: siteParamsSchema, body: schemas.input, response: { 201: schemas.output } } },
    async (request, reply) => {
      const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'site.configure');
      reply.code(201);
      return service.create(ctx.db, actor, siteId, request.body as never);
    },
  );
  app.patch(
    `${base}/:id`,
    { schema: { tags, params: siteItemParamsSchema, body: schemas.patch, response: { 200: schemas.output } } },
    async (request) => {
      const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'site.configure');
      return service.update(ctx.db, actor, siteId, request.params.id, request.body as never);
    },
  );
  app.delete(`${base}/:id`, { schema: { tags, params: siteItemParamsSchema } }, async (request, reply) => {
    const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'site.configure');
    await service.remove(ctx.db, actor, siteId, request.params.id);
    return reply.code(204).send();
  });
}

export function placesRoutes(app: App, ctx: AppContext) {
  placeRoutes(app, ctx, 'zones', zonesService, { input: zoneInputSchema, patch: zonePatchSchema, output: zoneSchema });
  placeRoutes(app, ctx, 'desks', desksService, { input: deskInputSchema, patch: deskPatchSchema, output: deskSchema });
  placeRoutes(app, ctx, 'rooms', roomsService, { input: roomInputSchema, patch: roomPatchSchema, output: roomSchema });
  placeRoutes(app, ctx, 'stations', stationsService, {
    input: stationInputSchema,
    patch: stationPatchSchema,
    output: stationSchema,
  });
}
