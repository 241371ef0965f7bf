import { z } from 'zod';
import { siteItemParamsSchema, siteParamsSchema } from '../../../../common/schemas/shared.js';
import { questionnaireInputSchema, questionnaireSchema } from '../../../../common/surveys/schemas.js';
import { requireStaff } from '../../../platform/auth/plugin.js';
import type { App, AppContext } from '../../../platform/context.js';
import { resolveSite } from '../../sites/sites.service.js';
import { authorize, type SurveysAction } from '../policy.js';
import { createQuestionnaire, listQuestionnaires, updateQuestionnaire } from '../questionnaires.service.js';

/** The manager's questionnaires: list, create, edit (a new version once answers exist). */
export function questionnaireRoutes(app: App, ctx: AppContext) {
  const tags = ['surveys'];
  const scope = async (request: Parameters<typeof requireStaff>[0], slug: string, action: SurveysAction) => {
    const actor = requireStaff(request);
    const { siteId } = await resolveSite(ctx.db, slug);
    authorize(actor, action, siteId);
    return { actor, siteId };
  };
  app.get(
    '/api/sites/:siteSlug/questionnaires',
    { schema: { tags, params: siteParamsSchema, response: { 200: z.array(questionnaireSchema) } } },
    async (request) => {
      const { siteId } = await scope(request, request.params.siteSlug, 'questionnaire.view');
      return listQuestionnaires(ctx.db, siteId);
    },
  );
  app.post(
    '/api/sites/:siteSlug/questionnaires',
    {
      schema: {
        tags,
        params: siteParamsSchema,
        body: questionnaireInputSchema,
        response: { 201: questionnaireSchema },
      },
    },
    async (request, reply) => {
      const { actor, siteId } = await scope(request, request.params.siteSlug, 'questionnaire.manage');
      reply.code(201);
      return createQuestionnaire(ctx.db, actor, siteId, request.body);
    },
  );
  app.put(
    '/api/sites/:siteSlug/questionnaires/:id',
    {
      schema: {
        tags,
        params: siteItemParamsSchema,
        body: questionnaireInputSchema,
        response: { 200: questionnaireSchema },
      },
    },
    async (request) => {
      const { actor, siteId } = await scope(request, request.params.siteSlug, 'questionnaire.manage');
      return updateQuestionnaire(ctx.db, actor, siteId, request.params.id, request.body);
    },
  );
}
