import {
  tagInputSchema,
  tagKeySchema,
  tagListQuerySchema,
  tagListSchema,
} from '../../../../common/catalogue/tag-schemas.js';
import { requireStaff } from '../../../platform/auth/plugin.js';
import type { App, AppContext } from '../../../platform/context.js';
import { listTags, putTag, removeTag } from '../tags/tags.service.js';

/** Curated occupation tags (new profession / growth sector, regional shortage lists): managers and admins. */
export function tagRoutes(app: App, ctx: AppContext) {
  const tags = ['catalogue'];
  app.get(
    '/api/catalogue/tags',
    { schema: { tags, querystring: tagListQuerySchema, response: { 200: tagListSchema } } },
    async (request) => ({ items: await listTags(ctx.db, requireStaff(request), request.query.lang) }),
  );
  app.put(
    '/api/catalogue/tags',
    { schema: { tags, body: tagInputSchema, response: { 200: tagInputSchema } } },
    async (request) => putTag(ctx.db, requireStaff(request), request.body),
  );
  app.delete('/api/catalogue/tags', { schema: { tags, querystring: tagKeySchema } }, async (request, reply) => {
    await removeTag(ctx.db, requireStaff(request), request.query);
    return reply.code(204).send();
  });
}
