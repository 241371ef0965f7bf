import type { App, AppContext } from '../../platform/context.js';
import { deskRoutes } from './routes/desk.routes.js';
import { queueRoutes } from './routes/queues.routes.js';
import { ticketRoutes } from './routes/tickets.routes.js';

/** Walk-in visits: tickets, queues by field and language, desks, calls, sessions and outcomes. */
export function registerVisitsModule(app: App, ctx: AppContext) {
  ticketRoutes(app, ctx);
  queueRoutes(app, ctx);
  deskRoutes(app, ctx);
}
