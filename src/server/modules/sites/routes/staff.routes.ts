import { z } from 'zod';
import {
  resetLinkSchema,
  staffInputSchema,
  staffPatchSchema,
  staffSchema,
} from '../../../../common/schemas/sites/staff.js';
import { idParamsSchema } from '../../../../common/schemas/shared.js';
import type { App, AppContext } from '../../../platform/context.js';
import { requireStaff } from '../../../platform/auth/plugin.js';
import { authorize, can } from '../policy.js';
import { createResetLink, createStaff, getStaff, listStaff, updateStaff } from '../staff.service.js';

export function staffRoutes(app: App, ctx: AppContext) {
  const tags = ['staff'];
  app.get('/api/staff', { schema: { tags, response: { 200: z.array(staffSchema) } } }, async (request) => {
    const actor = requireStaff(request);
    // Admins and managers see everyone; a partner coordinator sees their own organisation's staff.
    if (can(actor, 'staff.view')) return listStaff(ctx.db);
    authorize(actor, 'staff.view', { organisationId: actor.organisationId });
    return listStaff(ctx.db, { organisationId: actor.organisationId });
  });

  app.get(
    '/api/staff/:id',
    { schema: { tags, params: idParamsSchema, response: { 200: staffSchema } } },
    async (request) => {
      const actor = requireStaff(request);
      const staff = await getStaff(ctx.db, request.params.id);
      authorize(actor, 'staff.view', { organisationId: staff.organisationId });
      return staff;
    },
  );

  app.post(
    '/api/staff',
    {
      schema: {
        tags,
        body: staffInputSchema,
        response: { 201: z.object({ staff: staffSchema, resetLink: resetLinkSchema }) },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      authorize(actor, 'staff.manage');
      reply.code(201);
      return createStaff(ctx.db, actor, request.body, ctx.config.publicUrl);
    },
  );

  app.patch(
    '/api/staff/:id',
    { schema: { tags, params: idParamsSchema, body: staffPatchSchema, response: { 200: staffSchema } } },
    async (request) => {
      const actor = requireStaff(request);
      authorize(actor, 'staff.manage');
      return updateStaff(ctx.db, actor, request.params.id, request.body);
    },
  );

  app.post(
    '/api/staff/:id/reset-link',
    { schema: { tags, params: idParamsSchema, response: { 201: resetLinkSchema } } },
    async (request, reply) => {
      const actor = requireStaff(request);
      authorize(actor, 'staff.manage');
      reply.code(201);
      return createResetLink(ctx.db, actor, request.params.id, ctx.config.publicUrl);
    },
  );
}
