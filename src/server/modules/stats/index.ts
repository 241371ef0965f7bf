import type { App, AppContext } from '../../platform/context.js';
import { statsRoutes } from './routes/stats.routes.js';

export { statsRound } from './rollup.service.js';

/** Statistics: period reports, outcome report, partner view, exports (disclosure-controlled). */
export function registerStatsModule(app: App, ctx: AppContext) {
  statsRoutes(app, ctx);
}
