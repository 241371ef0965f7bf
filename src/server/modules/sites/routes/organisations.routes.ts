import { z } from 'zod';
import {
  organisationInputSchema,
  organisationPatchSchema,
  organisationSchema,
  ownOrganisationPatchSchema,
} from '../../../../common/schemas/sites/organisation.js';
import { idParamsSchema } from '../../../../common/schemas/shared.js';
import type { App, AppContext } from '../../../platform/context.js';
import { requireStaff } from '../../../platform/auth/plugin.js';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from '../organisations.service.js';
import { authorize } from '../policy.js';

export function organisationRoutes(app: App, ctx: AppContext) {
  const tags = ['organisations'];
  app.get(
    '/api/organisations',
    { schema: { tags, response: { 200: z.array(organisationSchema) } } },
    async (request) => {
      authorize(requireStaff(request), 'organisation.view');
      return listOrganisations(ctx.db);
    },
  );

  app.post(
    '/api/organisations',
    { schema: { tags, body: organisationInputSchema, response: { 201: organisationSchema } } },
    async (request, reply) => {
      const actor = requireStaff(request);
      authorize(actor, 'network.manage');
      reply.code(201);
      return createOrganisation(ctx.db, actor, request.body);
    },
  );

  app.patch(
    '/api/organisations/:id',
    { schema: { tags, params: idParamsSchema, body: organisationPatchSchema, response: { 200: organisationSchema } } },
    async (request) => {
      const actor = requireStaff(request);
      authorize(actor, 'network.manage');
      return updateOrganisation(ctx.db, actor, request.params.id, request.body);
    },
  );

  /** A partner coordinator's own organisation. */
  app.get('/api/my/organisation', { schema: { tags, response: { 200: organisationSchema } } }, async (request) => {
    const actor = requireStaff(request);
    return getOrganisation(ctx.db, actor.organisationId);
  });

  app.patch(
    '/api/my/organisation',
    { schema: { tags, body: ownOrganisationPatchSchema, response: { 200: organisationSchema } } },
    async (request) => {
      const actor = requireStaff(request);
      authorize(actor, 'organisation.edit', { organisationId: actor.organisationId });
      return updateOrganisation(ctx.db, actor, actor.organisationId, request.body);
    },
  );
}
