import type { App, AppContext } from '../../platform/context.js';
export function registerStatsModule(_app: App, _ctx: AppContext) {}
