import { z } from 'zod';
import {
  moveUseBodySchema,
  outOfOrderBodySchema,
  siteItemParams,
  spaceSnapshotSchema,
  startUseBodySchema,
  useSchema,
} from '../../../../common/space/schemas.js';
import { siteParamsSchema } from '../../../../common/schemas/shared.js';
import type { App, AppContext } from '../../../platform/context.js';
import { moveHelp } from '../help.service.js';
import { setOutOfOrder } from '../stations.service.js';
import { endUse, extendUse, moveUse, startUse } from '../uses.service.js';
import { spaceSnapshot } from '../views.service.js';
import { presentUseRow } from './present.js';
import { staffAtSite } from './scope.js';

/** The steward app: the live floor, station uses, out of order, and the help queue. */
export function stewardRoutes(app: App, ctx: AppContext) {
  const tags = ['space'];
  const base = '/api/sites/:siteSlug/space';
  const okUse = { 200: useSchema };

  app.get(
    base,
    { schema: { tags, params: siteParamsSchema, response: { 200: spaceSnapshotSchema } } },
    async (request) => {
      const { site, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'space.view');
      return spaceSnapshot(ctx.db, site, siteId);
    },
  );

  app.post(
    `${base}/uses`,
    { schema: { tags, params: siteParamsSchema, body: startUseBodySchema, response: { 201: useSchema } } },
    async (request, reply) => {
      const { actor, site, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'space.work');
      const use = await startUse(ctx.db, site, siteId, actor, request.body);
      reply.code(201);
      return presentUseRow(ctx, siteId, use);
    },
  );

  app.post(
    `${base}/uses/:id/extend`,
    { schema: { tags, params: siteItemParams, response: okUse } },
    async (request) => {
      const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'space.work');
      return presentUseRow(ctx, siteId, await extendUse(ctx.db, actor, siteId, request.params.id));
    },
  );

  app.post(`${base}/uses/:id/end`, { schema: { tags, params: siteItemParams, response: okUse } }, async (request) => {
    const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'space.work');
    return presentUseRow(ctx, siteId, await endUse(ctx.db, actor, siteId, request.params.id));
  });

  app.post(
    `${base}/uses/:id/move`,
    { schema: { tags, params: siteItemParams, body: moveUseBodySchema, response: okUse } },
    async (request) => {
      const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'space.work');
      return presentUseRow(
        ctx,
        siteId,
        await moveUse(ctx.db, actor, siteId, request.params.id, request.body.stationId),
      );
    },
  );

  app.post(
    `${base}/stations/:id/out-of-order`,
    { schema: { tags, params: siteItemParams, body: outOfOrderBodySchema } },
    async (request, reply) => {
      const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'space.work');
      await setOutOfOrder(ctx.db, actor, siteId, request.params.id, request.body.note);
      return reply.code(204).send();
    },
  );

  app.post(`${base}/stations/:id/in-service`, { schema: { tags, params: siteItemParams } }, async (request, reply) => {
    const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'space.work');
    await setOutOfOrder(ctx.db, actor, siteId, request.params.id, null);
    return reply.code(204).send();
  });

  for (const [path, to] of [
    ['acknowledge', 'acknowledged'],
    ['resolve', 'resolved'],
  ] as const) {
    app.post(
      `${base}/help/:id/${path}`,
      { schema: { tags, params: siteItemParams, response: { 200: z.object({ ok: z.literal(true) }) } } },
      async (request) => {
        const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'space.work');
        await moveHelp(ctx.db, actor, siteId, request.params.id, to);
        return { ok: true as const };
      },
    );
  }
}
