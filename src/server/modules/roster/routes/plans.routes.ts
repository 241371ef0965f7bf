import { z } from 'zod';
import {
  assignmentSchema,
  createPlanSchema,
  pinInputSchema,
  planDetailSchema,
  planDiffSchema,
  planListSchema,
  planSummarySchema,
  rosterParamsSchema,
  solveInputSchema,
  unpinParamsSchema,
} from '../../../../common/roster/plan-schemas.js';
import { siteParamsSchema } from '../../../../common/schemas/shared.js';
import type { App, AppContext } from '../../../platform/context.js';
import { planDetail } from '../plan-view.js';
import { createPlan, createReplan, listPlans, pin, planDiff, publish, unpin } from '../plans.service.js';
import { ownOrganisationOnly } from '../policy.js';
import type { RosterSolver } from '../solve.service.js';
import { rosterScope } from './scope.js';

/** Managers build, solve, pin, re-plan and publish; partner coordinators read their own people's plan. */
export function planRoutes(app: App, ctx: AppContext, solver: RosterSolver) {
  const tags = ['roster'];
  const base = '/api/sites/:siteSlug/roster/plans';
  const optionalSolve = z.union([solveInputSchema, z.undefined()]);
  app.get(base, { schema: { tags, params: siteParamsSchema, response: { 200: planListSchema } } }, async (request) => {
    const { siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.view');
    return { plans: await listPlans(ctx.db, siteId) };
  });
  app.post(
    base,
    { schema: { tags, params: siteParamsSchema, body: createPlanSchema, response: { 201: planSummarySchema } } },
    async (request, reply) => {
      const { actor, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.plan');
      const plan = await createPlan(ctx.db, actor, siteId, request.body);
      reply.code(201);
      return plan;
    },
  );
  app.get(
    `${base}/:id`,
    { schema: { tags, params: rosterParamsSchema, response: { 200: planDetailSchema } } },
    async (request) => {
      const { actor, site, siteId, language } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.view');
      const own = ownOrganisationOnly(actor, siteId) ? actor.organisationId : undefined;
      return planDetail(ctx.db, site, siteId, request.params.id, language, own);
    },
  );
  app.post(
    `${base}/:id/solve`,
    { schema: { tags, params: rosterParamsSchema, body: optionalSolve, response: { 202: planSummarySchema } } },
    async (request, reply) => {
      const { actor, site, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.plan');
      const plan = await solver.start(actor, site, siteId, request.params.id, request.body ?? {});
      reply.code(202);
      return plan;
    },
  );
  app.post(
    `${base}/:id/cancel`,
    { schema: { tags, params: rosterParamsSchema, response: { 200: planSummarySchema } } },
    async (request) => {
      const { actor, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.plan');
      return solver.cancel(actor, siteId, request.params.id);
    },
  );
  app.post(
    `${base}/:id/pins`,
    { schema: { tags, params: rosterParamsSchema, body: pinInputSchema, response: { 201: assignmentSchema } } },
    async (request, reply) => {
      const { actor, site, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.plan');
      const pinned = await pin(ctx.db, actor, site, siteId, request.params.id, request.body);
      reply.code(201);
      return pinned;
    },
  );
  app.delete(
    `${base}/:id/pins/:assignmentId`,
    { schema: { tags, params: unpinParamsSchema, response: { 200: assignmentSchema } } },
    async (request) => {
      const { actor, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.plan');
      return unpin(ctx.db, actor, siteId, request.params.id, request.params.assignmentId);
    },
  );
  app.post(
    `${base}/:id/replan`,
    { schema: { tags, params: rosterParamsSchema, body: optionalSolve, response: { 201: planSummarySchema } } },
    async (request, reply) => {
      const { actor, site, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.plan');
      const draft = await createReplan(ctx.db, actor, siteId, request.params.id);
      const plan = await solver.start(actor, site, siteId, draft.id, request.body ?? {});
      reply.code(201);
      return plan;
    },
  );
  app.get(
    `${base}/:id/diff`,
    { schema: { tags, params: rosterParamsSchema, response: { 200: planDiffSchema } } },
    async (request) => {
      const { siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.plan');
      return planDiff(ctx.db, siteId, request.params.id);
    },
  );
  app.post(
    `${base}/:id/publish`,
    { schema: { tags, params: rosterParamsSchema, response: { 200: planSummarySchema } } },
    async (request) => {
      const { actor, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.plan');
      return publish(ctx.db, actor, siteId, request.params.id);
    },
  );
}
