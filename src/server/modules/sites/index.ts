import type { App, AppContext } from '../../platform/context.js';
import { deviceRoutes } from './routes/devices.routes.js';
import { organisationRoutes } from './routes/organisations.routes.js';
import { placesRoutes } from './routes/places.routes.js';
import { siteRoutes } from './routes/sites.routes.js';
import { staffRoutes } from './routes/staff.routes.js';

/** Sites, organisations, staff accounts, places (zones, desks, rooms, stations) and devices. */
export function registerSitesModule(app: App, ctx: AppContext) {
  siteRoutes(app, ctx);
  organisationRoutes(app, ctx);
  staffRoutes(app, ctx);
  placesRoutes(app, ctx);
  deviceRoutes(app, ctx);
}
