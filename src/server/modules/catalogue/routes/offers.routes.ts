import {
  feedImportBodySchema,
  feedReportSchema,
  feedSourceInputSchema,
  feedSourceListSchema,
  feedSourceParamsSchema,
  feedSourceSchema,
} from '../../../../common/catalogue/feed-schemas.js';
import { z } from 'zod';
import {
  offerInputSchema,
  offerListSchema,
  offerParamsSchema,
  offerSchema,
} from '../../../../common/catalogue/offer-schemas.js';
import { requireStaff } from '../../../platform/auth/plugin.js';
import type { App, AppContext } from '../../../platform/context.js';
import { addFeedSource, listFeedSources, refreshFeedSource, removeFeedSource } from '../feeds/feed-sources.service.js';
import { importFeed } from '../feeds/feeds.service.js';
import type { FeedFetcher } from '../feeds/fetch-feed.js';
import { createOffer, getOffer, listOwnOffers, updateOffer } from '../offers/offers.service.js';

/** Partner offers: coordinators manage their own organisation's; published ones are public. */
export function offerRoutes(app: App, ctx: AppContext) {
  const tags = ['catalogue'];
  app.get('/api/catalogue/offers/mine', { schema: { tags, response: { 200: offerListSchema } } }, async (request) => ({
    items: await listOwnOffers(ctx.db, requireStaff(request)),
  }));
  app.post(
    '/api/catalogue/offers',
    { schema: { tags, body: offerInputSchema, response: { 201: offerSchema } } },
    async (request, reply) => reply.code(201).send(await createOffer(ctx.db, requireStaff(request), request.body)),
  );
  app.put(
    '/api/catalogue/offers/:id',
    { schema: { tags, params: offerParamsSchema, body: offerInputSchema, response: { 200: offerSchema } } },
    async (request) => updateOffer(ctx.db, requireStaff(request), request.params.id, request.body),
  );
  app.get(
    '/api/catalogue/offers/:id',
    { schema: { tags, params: offerParamsSchema, response: { 200: offerSchema, 404: z.unknown() } } },
    async (request) =>
      getOffer(ctx.db, request.principal?.kind === 'staff' ? request.principal : null, request.params.id),
  );
}

/**
 * Feed import: CSV or JSON/JSON-LD (schema.org JobPosting, Course) with a row-level report, sent as a file's
 * content or fetched from a URL that the jobs round then refreshes.
 */
export function feedRoutes(app: App, ctx: AppContext, fetcher: FeedFetcher) {
  const tags = ['catalogue'];
  app.post(
    '/api/catalogue/feeds',
    { schema: { tags, body: feedImportBodySchema, response: { 200: feedReportSchema } } },
    async (request) => importFeed(ctx.db, requireStaff(request), request.body),
  );
  app.get(
    '/api/catalogue/feed-sources',
    { schema: { tags, response: { 200: feedSourceListSchema } } },
    async (request) => ({
      items: await listFeedSources(ctx.db, requireStaff(request)),
    }),
  );
  app.post(
    '/api/catalogue/feed-sources',
    { schema: { tags, body: feedSourceInputSchema, response: { 201: feedSourceSchema } } },
    async (request, reply) =>
      reply.code(201).send(await addFeedSource(ctx.db, requireStaff(request), request.body, fetcher)),
  );
  app.post(
    '/api/catalogue/feed-sources/:id/refresh',
    { schema: { tags, params: feedSourceParamsSchema, response: { 200: feedSourceSchema } } },
    async (request) => refreshFeedSource(ctx.db, requireStaff(request), request.params.id, fetcher),
  );
  app.delete(
    '/api/catalogue/feed-sources/:id',
    { schema: { tags, params: feedSourceParamsSchema } },
    async (request, reply) => {
      await removeFeedSource(ctx.db, requireStaff(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
