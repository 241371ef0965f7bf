import { z } from 'zod';
import { slugSchema, uuidSchema } from '../../../../common/schemas/shared.js';
import type { App, AppContext } from '../../../platform/context.js';
import { listBookings } from '../bookings.service.js';
import { roomCalendar } from '../ics.js';
import { authorize } from '../policy.js';
import { staffSite } from './scope.js';

/** Staff calendar feed of one room (signed in: partners see other organisations' slots as busy). */
export function feedRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/sites/:siteSlug/rooms/:id/bookings.ics',
    { schema: { tags: ['agenda'], params: z.strictObject({ siteSlug: slugSchema, id: uuidSchema }) } },
    async (request, reply) => {
      const { actor, siteId } = await staffSite(ctx, request, request.params.siteSlug);
      authorize(actor, 'room.feed', { siteId });
      const bookings = await listBookings(ctx.db, actor, siteId, { roomId: request.params.id });
      const name = bookings[0]?.roomName ?? 'Room';
      return reply.type('text/calendar; charset=utf-8').send(
        roomCalendar(
          bookings.filter((b) => b.status === 'approved' || b.status === 'requested'),
          name,
        ),
      );
    },
  );
}
