import {
  langQuerySchema,
  occupationDetailSchema,
  occupationParamsSchema,
  transitionListSchema,
  transitionsQuerySchema,
} from '../../../../common/catalogue/occupation-schemas.js';
import { searchQuerySchema, searchResultSchema, suggestQuerySchema } from '../../../../common/catalogue/schemas.js';
import type { App, AppContext } from '../../../platform/context.js';
import { occupationDetail, transitionsFrom } from '../occupations.service.js';
import { search } from '../search/search.service.js';

/** Public, read-only catalogue routes (no sign-in; rate-limited like every public route). */
export function catalogueRoutes(app: App, ctx: AppContext) {
  const tags = ['catalogue'];
  app.get(
    '/api/catalogue/search',
    { schema: { tags, querystring: searchQuerySchema, response: { 200: searchResultSchema } } },
    async (request) => search(ctx.db, request.query),
  );
  // Autocomplete: the same ranking, few items, titles only in the answer's items.
  app.get(
    '/api/catalogue/suggest',
    { schema: { tags, querystring: suggestQuerySchema, response: { 200: searchResultSchema } } },
    async (request) => search(ctx.db, request.query),
  );
  app.get(
    '/api/catalogue/occupations/:uri',
    {
      schema: {
        tags,
        params: occupationParamsSchema,
        querystring: langQuerySchema,
        response: { 200: occupationDetailSchema },
      },
    },
    async (request) => occupationDetail(ctx.db, request.params.uri, request.query.lang),
  );
  app.get(
    '/api/catalogue/occupations/:uri/transitions',
    {
      schema: {
        tags,
        params: occupationParamsSchema,
        querystring: transitionsQuerySchema,
        response: { 200: transitionListSchema },
      },
    },
    async (request) => transitionsFrom(ctx.db, request.params.uri, request.query.lang, request.query.limit),
  );
}
