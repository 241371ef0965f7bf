import type { App, AppContext } from '../../platform/context.js';
import { siteById } from '../sites/sites.service.js';
import { trustedSiteId } from '../../platform/auth/scope.js';
import { createMailer, type Mailer } from './mailer.js';
import { createNotifier } from './notify.js';
import { agendaRound } from './reminders.service.js';
import { bookingRoutes } from './routes/bookings.routes.js';
import { eventRoutes } from './routes/events.routes.js';
import { feedRoutes } from './routes/feeds.routes.js';
import { publicRoutes } from './routes/public.routes.js';

export { seedAgendaDemo } from './demo.js';
export { agendaRound } from './reminders.service.js';
export { createMailer } from './mailer.js';
export { createNotifier } from './notify.js';

const ROUND_MS = 5 * 60_000;

/**
 * Rooms, bookings, events, registrations and attendance. E-mail goes through `SMTP_URL`; the
 * reminder round (24 h before, and erasing e-mails of ended events) runs every five minutes.
 */
export function registerAgendaModule(app: App, ctx: AppContext, mailer: Mailer = createMailer()) {
  const log = (error: unknown) => app.log.error({ err: error }, 'agenda background work failed');
  const timeZoneOf = async (siteId: string) => (await siteById(ctx.db, trustedSiteId(siteId))).timeZone;
  const notifier = createNotifier(mailer, ctx.config.publicUrl, timeZoneOf, log);
  publicRoutes(app, ctx, notifier);
  bookingRoutes(app, ctx);
  eventRoutes(app, ctx, notifier);
  feedRoutes(app, ctx);
  let timer: NodeJS.Timeout | undefined;
  if (ctx.config.env !== 'test') {
    timer = setInterval(() => void agendaRound(ctx.db, notifier).catch(log), ROUND_MS);
    timer.unref();
  }
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    mailer.close();
  });
}
