import { z } from 'zod';
import { siteParamsSchema } from '../../../../common/schemas/shared.js';
import {
  callSpecificBodySchema,
  deskStateSchema,
  deskStatusBodySchema,
  endSessionBodySchema,
  openDeskBodySchema,
  staffTicketSchema,
  ticketParamsSchema,
  transferBodySchema,
} from '../../../../common/visits/schemas.js';
import type { App, AppContext } from '../../../platform/context.js';
import { callNext, callTicket } from '../calls.service.js';
import { deskState, leaveDesk, openDesk, setDeskStatus } from '../desk.service.js';
import { markNoShow, recallTicket } from '../recalls.service.js';
import { endSession, parkTicket, resumeTicket, startSession, transferTicket } from '../sessions.service.js';
import { staffAtSite } from './scope.js';

export function deskRoutes(app: App, ctx: AppContext) {
  const tags = ['desk'];
  const base = '/api/sites/:siteSlug/desk';
  const ok = { 200: deskStateSchema };

  app.get(base, { schema: { tags, params: siteParamsSchema, response: ok } }, async (request) => {
    const { actor, site, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'desk.work');
    return deskState(ctx.db, actor, site, siteId);
  });

  app.post(
    `${base}/open`,
    { schema: { tags, params: siteParamsSchema, body: openDeskBodySchema, response: ok } },
    async (request) => {
      const { actor, site, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'desk.work');
      await openDesk(ctx.db, actor, siteId, request.body.deskId);
      return deskState(ctx.db, actor, site, siteId);
    },
  );

  app.post(`${base}/leave`, { schema: { tags, params: siteParamsSchema, response: ok } }, async (request) => {
    const { actor, site, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'desk.work');
    await leaveDesk(ctx.db, actor, siteId);
    return deskState(ctx.db, actor, site, siteId);
  });

  app.put(
    `${base}/status`,
    { schema: { tags, params: siteParamsSchema, body: deskStatusBodySchema, response: ok } },
    async (request) => {
      const { actor, site, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'desk.work');
      await setDeskStatus(ctx.db, actor, siteId, request.body.status);
      return deskState(ctx.db, actor, site, siteId);
    },
  );

  app.post(
    `${base}/call-next`,
    {
      schema: { tags, params: siteParamsSchema, response: { 200: z.object({ ticket: staffTicketSchema.nullable() }) } },
    },
    async (request) => {
      const { actor, site, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'desk.work');
      return { ticket: await callNext(ctx.db, actor, site, siteId) };
    },
  );

  const ticket = `${base}/tickets/:id`;
  const one = { 200: staffTicketSchema };
  app.post(
    `${ticket}/call`,
    { schema: { tags, params: ticketParamsSchema, body: callSpecificBodySchema, response: one } },
    async (request) => {
      const { actor, site, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'desk.work');
      return callTicket(ctx.db, actor, site, siteId, request.params.id, request.body.reason);
    },
  );

  const simple = [
    ['recall', recallTicket],
    ['no-show', markNoShow],
    ['start', startSession],
    ['park', parkTicket],
    ['resume', resumeTicket],
  ] as const;
  for (const [action, run] of simple) {
    app.post(
      `${ticket}/${action}`,
      { schema: { tags, params: ticketParamsSchema, response: one } },
      async (request) => {
        const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'desk.work');
        return run(ctx.db, actor, siteId, request.params.id);
      },
    );
  }

  app.post(
    `${ticket}/end`,
    { schema: { tags, params: ticketParamsSchema, body: endSessionBodySchema, response: one } },
    async (request) => {
      const { actor, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'desk.work');
      return endSession(ctx.db, actor, siteId, request.params.id, request.body);
    },
  );

  app.post(
    `${ticket}/transfer`,
    { schema: { tags, params: ticketParamsSchema, body: transferBodySchema, response: one } },
    async (request) => {
      const { actor, site, siteId } = await staffAtSite(ctx, request, request.params.siteSlug, 'desk.work');
      return transferTicket(ctx.db, actor, site, siteId, request.params.id, request.body);
    },
  );
}
