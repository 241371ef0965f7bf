import type { App, AppContext } from '../../platform/context.js';
import { dayRoutes } from './routes/day.routes.js';
import { meRoutes } from './routes/me.routes.js';
import { planRoutes } from './routes/plans.routes.js';
import { staffRoutes } from './routes/staff.routes.js';
import { RosterSolver } from './solve.service.js';

export { type SolveProgress, type SolveResult, solveBenchmark } from './solver/benchmark-solve.js';
export { solveInWorker, type WorkerSolveOptions } from './solver/solve-in-worker.js';
/** Who covers which field and language now (published plan and check-ins), for the desk and reception. */
export { liveCoverage } from './live.service.js';
export { seedRosterDemo } from './demo.js';

/** Staff planning: contracts, availability, coverage rules, plans solved off the event loop, the day's check-ins. */
export function registerRosterModule(app: App, ctx: AppContext) {
  const solver = new RosterSolver(ctx.db, (error) => app.log.error({ err: error }, 'roster solve failed'));
  app.addHook('onClose', async () => solver.close());
  staffRoutes(app, ctx);
  planRoutes(app, ctx, solver);
  meRoutes(app, ctx);
  dayRoutes(app, ctx);
}
