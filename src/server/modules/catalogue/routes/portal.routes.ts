import { langQuerySchema, occupationParamsSchema } from '../../../../common/catalogue/occupation-schemas.js';
import {
  listingDetailSchema,
  listingParamsSchema,
  listingsQuerySchema,
  listingsSchema,
  occupationOffersSchema,
  transitionsResultSchema,
  transitionsSearchSchema,
} from '../../../../common/catalogue/portal-schemas.js';
import type { App, AppContext } from '../../../platform/context.js';
import { listPublished, occupationOffers, publishedDetail } from '../portal/listings.service.js';
import { transitionTargets } from '../transitions/targets.service.js';

/** Public reads of the career information portal (no sign-in). */
export function portalRoutes(app: App, ctx: AppContext) {
  const tags = ['catalogue'];
  app.get(
    '/api/catalogue/listings',
    { schema: { tags, querystring: listingsQuerySchema, response: { 200: listingsSchema } } },
    async (request) => listPublished(ctx.db, request.query),
  );
  app.get(
    '/api/catalogue/listings/:id',
    {
      schema: {
        tags,
        params: listingParamsSchema,
        querystring: langQuerySchema,
        response: { 200: listingDetailSchema },
      },
    },
    async (request) => publishedDetail(ctx.db, request.params.id, request.query.lang),
  );
  app.get(
    '/api/catalogue/occupations/:uri/offers',
    {
      schema: {
        tags,
        params: occupationParamsSchema,
        querystring: langQuerySchema,
        response: { 200: occupationOffersSchema },
      },
    },
    async (request) => occupationOffers(ctx.db, request.params.uri, request.query.lang),
  );
  app.get(
    '/api/catalogue/transitions',
    { schema: { tags, querystring: transitionsSearchSchema, response: { 200: transitionsResultSchema } } },
    async (request) => transitionTargets(ctx.db, request.query),
  );
}
