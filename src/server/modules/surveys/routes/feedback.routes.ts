import { z } from 'zod';
import { siteParamsSchema } from '../../../../common/schemas/shared.js';
import {
  feedbackFormSchema,
  responseInputSchema,
  responseResultSchema,
  SURVEY_CHANNELS,
  tokenParamsSchema,
} from '../../../../common/surveys/schemas.js';
import type { App, AppContext } from '../../../platform/context.js';
import { resolveSite } from '../../sites/sites.service.js';
import {
  generalFeedbackForm,
  sessionFeedbackForm,
  submitGeneralResponse,
  submitSessionResponse,
} from '../responses.service.js';

const limit = { rateLimit: { max: 20, timeWindow: '1 minute' } };
const channelQuery = z.strictObject({ via: z.enum(SURVEY_CHANNELS).default('phone') });

/** Public, anonymous: the questionnaire after a session (by ticket token) and on a feedback tablet. */
export function feedbackRoutes(app: App, ctx: AppContext) {
  const tags = ['public'];
  app.get(
    '/api/feedback/:token',
    { schema: { tags, params: tokenParamsSchema, response: { 200: feedbackFormSchema } }, config: limit },
    async (request) => sessionFeedbackForm(ctx.db, request.params.token),
  );
  app.post(
    '/api/feedback/:token',
    {
      schema: {
        tags,
        params: tokenParamsSchema,
        querystring: channelQuery,
        body: responseInputSchema,
        response: { 201: responseResultSchema },
      },
      config: limit,
    },
    async (request, reply) => {
      const channel = request.query.via === 'tablet' ? 'tablet' : request.query.via;
      reply.code(201);
      return submitSessionResponse(ctx.db, request.params.token, request.body, channel);
    },
  );
  app.get(
    '/api/sites/:siteSlug/feedback',
    { schema: { tags, params: siteParamsSchema, response: { 200: feedbackFormSchema } }, config: limit },
    async (request) => generalFeedbackForm(ctx.db, (await resolveSite(ctx.db, request.params.siteSlug)).siteId),
  );
  app.post(
    '/api/sites/:siteSlug/feedback',
    {
      schema: { tags, params: siteParamsSchema, body: responseInputSchema, response: { 201: responseResultSchema } },
      config: limit,
    },
    async (request, reply) => {
      const { site } = await resolveSite(ctx.db, request.params.siteSlug);
      reply.code(201);
      return submitGeneralResponse(ctx.db, site, request.body);
    },
  );
}
