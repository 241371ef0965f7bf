import type { App, AppContext } from '../../platform/context.js';
import { feedbackRoutes } from './routes/feedback.routes.js';
import { questionnaireRoutes } from './routes/questionnaires.routes.js';

/** Satisfaction questionnaires: versioned, multilingual, anonymous responses (one per session token). */
export function registerSurveysModule(app: App, ctx: AppContext) {
  feedbackRoutes(app, ctx);
  questionnaireRoutes(app, ctx);
}
