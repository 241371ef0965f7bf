import { z } from 'zod';
import { siteParamsSchema } from '../../../../common/schemas/shared.js';
import {
  EXPORT_TABLES,
  liveFloorSchema,
  outcomeReportSchema,
  partnerQuerySchema,
  partnerReportSchema,
  periodQuerySchema,
  periodReportSchema,
} from '../../../../common/stats/schemas.js';
import { requireStaff } from '../../../platform/auth/plugin.js';
import type { App, AppContext } from '../../../platform/context.js';
import { notFound } from '../../../platform/errors.js';
import { requestLanguage } from '../../../platform/i18n.js';
import { listOrganisations } from '../../sites/organisations.service.js';
import { resolveSite } from '../../sites/sites.service.js';
import { exportTables, toCsv } from '../export-tables.js';
import { liveFloor } from '../floor.service.js';
import { statsText } from '../labels.js';
import { outcomeReport } from '../outcome.service.js';
import { partnerReport } from '../partner.service.js';
import { authorize } from '../policy.js';
import { periodReport, reportScope } from '../report.service.js';
import { toXlsx } from '../xlsx.js';
import { managerScope } from './scope.js';

const exportQuerySchema = periodQuerySchema.extend({ table: z.enum(EXPORT_TABLES).optional() });

/** Period reports, outcome report, partner view and exports — all disclosure-controlled. */
export function statsRoutes(app: App, ctx: AppContext) {
  const tags = ['stats'];
  app.get(
    '/api/sites/:siteSlug/stats/report',
    {
      schema: { tags, params: siteParamsSchema, querystring: periodQuerySchema, response: { 200: periodReportSchema } },
    },
    async (request) => {
      const { scope } = await managerScope(ctx, request, request.params.siteSlug, request.query.scope);
      return periodReport(ctx.db, scope, request.query, requestLanguage(request));
    },
  );
  app.get(
    '/api/sites/:siteSlug/stats/floor',
    { schema: { tags, params: siteParamsSchema, response: { 200: liveFloorSchema } } },
    async (request) => {
      const actor = requireStaff(request);
      const { site, siteId } = await resolveSite(ctx.db, request.params.siteSlug);
      authorize(actor, 'report.view', { siteId });
      return liveFloor(ctx.db, site, siteId);
    },
  );
  app.get(
    '/api/sites/:siteSlug/stats/outcome',
    {
      schema: {
        tags,
        params: siteParamsSchema,
        querystring: periodQuerySchema,
        response: { 200: outcomeReportSchema },
      },
    },
    async (request) => {
      const { scope } = await managerScope(ctx, request, request.params.siteSlug, request.query.scope);
      return outcomeReport(ctx.db, scope, request.query.from, request.query.to, requestLanguage(request));
    },
  );
  app.get(
    '/api/sites/:siteSlug/stats/partner',
    {
      schema: {
        tags,
        params: siteParamsSchema,
        querystring: partnerQuerySchema,
        response: { 200: partnerReportSchema },
      },
    },
    async (request) => {
      const actor = requireStaff(request);
      const { siteId } = await resolveSite(ctx.db, request.params.siteSlug);
      const slug = request.query.organisation;
      const org = slug ? (await listOrganisations(ctx.db)).find((o) => o.slug === slug) : undefined;
      if (slug && !org) throw notFound();
      const organisationId = org?.id ?? actor.organisationId;
      authorize(actor, 'partner.view', { siteId, organisationId });
      const scope = await reportScope(ctx.db, siteId, 'site');
      const { from, to } = request.query;
      return partnerReport(ctx.db, scope, organisationId, from, to, requestLanguage(request));
    },
  );
  app.get(
    '/api/sites/:siteSlug/stats/export.:format',
    {
      schema: {
        tags,
        params: siteParamsSchema.extend({ format: z.enum(['csv', 'xlsx']) }),
        querystring: exportQuerySchema,
      },
    },
    async (request, reply) => {
      const { scope } = await managerScope(ctx, request, request.params.siteSlug, request.query.scope);
      const lang = requestLanguage(request);
      const q = request.query;
      const [report, outcome] = await Promise.all([
        periodReport(ctx.db, scope, q, lang),
        outcomeReport(ctx.db, scope, q.from, q.to, lang),
      ]);
      const tables = exportTables(report, outcome, lang).filter((t) => !q.table || t.name === q.table);
      const name = `atrium-${q.scope}-${q.from}-${q.to}${q.table ? `-${q.table}` : ''}`;
      if (request.params.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.csv"`)
          .send(toCsv(tables));
      }
      const footnote = statsText(lang, 'export.footnote').replace('{{threshold}}', String(report.threshold));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}.xlsx"`)
        .send(await toXlsx(tables, footnote));
    },
  );
}
