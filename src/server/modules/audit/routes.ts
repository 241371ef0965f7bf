import { z } from 'zod';
import { auditEntrySchema, auditQuerySchema } from '../../../common/schemas/audit.js';
import { requireStaff } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { authorize } from '../sites/policy.js';
import { listAudit } from './service.js';

export function registerAuditModule(app: App, ctx: AppContext) {
  app.get(
    '/api/audit',
    { schema: { tags: ['admin'], querystring: auditQuerySchema, response: { 200: z.array(auditEntrySchema) } } },
    async (request) => {
      authorize(requireStaff(request), 'audit.view');
      return listAudit(ctx.db, request.query);
    },
  );
}
