import {
  absenceInputSchema,
  absenceSchema,
  availabilitySchema,
  contractInputSchema,
  coverageRulesInputSchema,
  coverageRulesSchema,
  rosterStaffListSchema,
  rosterStaffSchema,
  shiftsSchema,
  staffParamsSchema,
} from '../../../../common/roster/plan-schemas.js';
import { siteParamsSchema } from '../../../../common/schemas/shared.js';
import type { App, AppContext } from '../../../platform/context.js';
import { addAbsence, availabilityOf } from '../availability.service.js';
import { shiftsOf } from '../calendar.js';
import { listStaff, setContract } from '../contracts.service.js';
import { coverageRules, setCoverageRules } from '../coverage.service.js';
import { authorize, ownOrganisationOnly } from '../policy.js';
import { plannedStaff } from '../staff.js';
import { rosterScope } from './scope.js';

/** The site's people, their contracts and availability, and the coverage rules (planners). */
export function staffRoutes(app: App, ctx: AppContext) {
  const tags = ['roster'];
  const base = '/api/sites/:siteSlug/roster';
  app.get(
    `${base}/shifts`,
    { schema: { tags, params: siteParamsSchema, response: { 200: shiftsSchema } } },
    async (request) => {
      const { site } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.shifts');
      return { shifts: shiftsOf(site.openingHours) };
    },
  );
  app.get(
    `${base}/staff`,
    { schema: { tags, params: siteParamsSchema, response: { 200: rosterStaffListSchema } } },
    async (request) => {
      const { actor, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.view');
      return {
        staff: await listStaff(ctx.db, siteId, ownOrganisationOnly(actor, siteId) ? actor.organisationId : undefined),
      };
    },
  );
  app.put(
    `${base}/staff/:userId/contract`,
    { schema: { tags, params: staffParamsSchema, body: contractInputSchema, response: { 200: rosterStaffSchema } } },
    async (request) => {
      const { actor, site, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.plan');
      return setContract(ctx.db, actor, site, siteId, request.params.userId, request.body);
    },
  );
  app.get(
    `${base}/staff/:userId/availability`,
    { schema: { tags, params: staffParamsSchema, response: { 200: availabilitySchema } } },
    async (request) => {
      const { actor, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.view');
      const [person] = await plannedStaff(ctx.db, siteId, request.params.userId);
      authorize(actor, 'roster.staff', { siteId, organisationId: person?.organisationId ?? '' });
      return availabilityOf(ctx.db, siteId, request.params.userId);
    },
  );
  app.post(
    `${base}/staff/:userId/absences`,
    { schema: { tags, params: staffParamsSchema, body: absenceInputSchema, response: { 201: absenceSchema } } },
    async (request, reply) => {
      const { actor, site, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.plan');
      const absence = await addAbsence(ctx.db, actor, site, siteId, request.params.userId, request.body);
      reply.code(201);
      return absence;
    },
  );
  app.get(
    `${base}/coverage-rules`,
    { schema: { tags, params: siteParamsSchema, response: { 200: coverageRulesSchema } } },
    async (request) => {
      const { site, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.view');
      return coverageRules(ctx.db, site, siteId);
    },
  );
  app.put(
    `${base}/coverage-rules`,
    {
      schema: {
        tags,
        params: siteParamsSchema,
        body: coverageRulesInputSchema,
        response: { 200: coverageRulesSchema },
      },
    },
    async (request) => {
      const { actor, siteId } = await rosterScope(ctx, request, request.params.siteSlug, 'roster.plan');
      return setCoverageRules(ctx.db, actor, siteId, request.body);
    },
  );
}
