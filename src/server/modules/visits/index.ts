import type { App, AppContext } from '../../platform/context.js';
import { watchFloorChanges } from './issue.service.js';
import { PushNotifier } from './push.service.js';
import { deskRoutes } from './routes/desk.routes.js';
import { phoneRoutes } from './routes/phone.routes.js';
import { queueRoutes } from './routes/queues.routes.js';
import { ticketRoutes } from './routes/tickets.routes.js';
import { TicketBoards } from './ticket-stream.js';

/** Walk-in visits: tickets, queues by field and language, desks, calls, sessions and outcomes. */
export function registerVisitsModule(app: App, ctx: AppContext) {
  const log = (error: unknown) => app.log.error({ err: error }, 'visits background work failed');
  const boards = new TicketBoards(ctx.db, ctx.hub, log);
  // Push services want a contact: the centre's https address, or a mailbox when it runs locally.
  const url = new URL(ctx.config.publicUrl);
  const contact = url.protocol === 'https:' && url.hostname !== 'localhost' ? url.origin : 'mailto:push@atrium.invalid';
  const push = new PushNotifier(ctx.db, contact, log, ctx.pushAgent);
  push.start(ctx.hub);
  const unwatch = watchFloorChanges(ctx.db, ctx.hub);
  app.addHook('onClose', async () => {
    unwatch();
    push.stop();
    boards.closeAll();
  });
  ticketRoutes(app, ctx);
  queueRoutes(app, ctx);
  deskRoutes(app, ctx);
  phoneRoutes(app, ctx, boards);
}
