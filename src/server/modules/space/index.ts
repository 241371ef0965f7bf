import type { App, AppContext } from '../../platform/context.js';
import { manageRoutes } from './routes/manage.routes.js';
import { stationRoutes } from './routes/station.routes.js';
import { stewardRoutes } from './routes/steward.routes.js';
import { spaceTicketRoutes } from './routes/tickets.routes.js';
import { SpaceTicketStreams } from './ticket-stream.js';

export { closeSpaceDays, spaceRound } from './day.service.js';
export { expireOffers } from './offers.js';

/** The digital open space: station uses with time limits, the waiting list, steward help. */
export function registerSpaceModule(app: App, ctx: AppContext) {
  const log = (error: unknown) => app.log.error({ err: error }, 'space background work failed');
  const streams = new SpaceTicketStreams(ctx.db, ctx.hub, ctx.heartbeatMs, log);
  stewardRoutes(app, ctx);
  stationRoutes(app, ctx);
  spaceTicketRoutes(app, ctx, streams);
  manageRoutes(app, ctx);
}
