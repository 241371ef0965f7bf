import type { Agent } from 'node:https';
import Fastify from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { LIMITS } from '../common/limits.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { registerAuditModule } from './modules/audit/routes.js';
import { registerAuthModule } from './modules/auth/routes.js';
import { registerCatalogueModule } from './modules/catalogue/index.js';
import { registerRosterModule } from './modules/roster/index.js';
import { registerSitesModule } from './modules/sites/index.js';
import { registerSpaceModule } from './modules/space/index.js';
import { registerStatsModule } from './modules/stats/index.js';
import { registerSurveysModule } from './modules/surveys/index.js';
import { registerAgendaModule } from './modules/agenda/index.js';
import { registerVisitsModule } from './modules/visits/index.js';
import { AuthCache } from './platform/auth/auth-cache.js';
import { registerAuth } from './platform/auth/plugin.js';
import type { App, AppContext } from './platform/context.js';
import { EventHub } from './platform/events/hub.js';
import { registerHttpPlugins, registerWebApp } from './platform/http.js';
import { RequestValidationError, registerProblemHandlers, sendProblem } from './platform/problem.js';
import { unstorableTextIssues } from './platform/storable-text.js';

export type BuildOptions = {
  config: Config;
  database: Database;
  logger?: boolean;
  rateLimit?: boolean;
  /** How often an idle event stream sends a comment line (tests shorten it). */
  heartbeatMs?: number;
  /** Tests: the HTTPS agent for Web Push deliveries (e.g. trusting a local test push service). */
  pushAgent?: Agent;
  /** The clock of the on-the-day rules (check-in, live coverage); tests set a weekday in opening hours. */
  now?: () => Date;
};

/** Builds the HTTP server around an open, migrated database. */
export async function buildApp(options: BuildOptions): Promise<{ app: App; ctx: AppContext }> {
  const { config, database } = options;
  const app = Fastify({
    bodyLimit: LIMITS.bodyBytes,
    trustProxy: config.trustProxy,
    // Router errors (a malformed escape, an over-long path parameter) bypass the error handler: map them here.
    frameworkErrors: (error, request, reply) =>
      error.code === 'FST_ERR_BAD_URL'
        ? sendProblem(request, reply, 'validation.failed', 400, { fieldErrors: [{ field: '(url)', code: 'invalid' }] })
        : sendProblem(request, reply, 'route.not_found', 404),
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            // No IP addresses, cookies, tokens or bodies in request logs.
            serializers: {
              req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split('?')[0] }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          },
  }).withTypeProvider<ZodTypeProvider>() as unknown as App;

  // The API speaks JSON only: any other body (text/plain included) is a 415, not a string to validate.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(({ schema }) => (data) => {
    const unstorable = unstorableTextIssues(data);
    if (unstorable.length > 0) return { error: new RequestValidationError(unstorable) };
    // `reportInput` lets the problem mapper tell a missing field (required) from a wrong one.
    const result = (schema as z.ZodType).safeParse(data, { reportInput: true });
    return result.success ? { value: result.data } : { error: new RequestValidationError(result.error.issues) };
  });
  app.setSerializerCompiler(serializerCompiler);

  const hub = new EventHub(database);
  await hub.start();
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    hub,
    heartbeatMs: options.heartbeatMs ?? 15_000,
    now: options.now ?? (() => new Date()),
    ...(options.pushAgent ? { pushAgent: options.pushAgent } : {}),
  };

  registerProblemHandlers(app);
  await registerHttpPlugins(app, { rateLimit: options.rateLimit ?? true });
  const authCache = new AuthCache(config.authCacheSeconds * 1000);
  await authCache.start(database);
  registerAuth(app, {
    db: database.db,
    session: config.session,
    secureCookies: config.publicUrl.startsWith('https://'),
    cache: authCache,
  });
  app.addHook('onClose', async () => authCache.stop());

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await database.db.execute('select 1 from sites limit 1');
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'starting' });
    }
  });

  registerAuthModule(app, ctx);
  registerSitesModule(app, ctx);
  registerVisitsModule(app, ctx);
  registerCatalogueModule(app, ctx);
  registerSpaceModule(app, ctx);
  registerAgendaModule(app, ctx);
  registerSurveysModule(app, ctx);
  registerStatsModule(app, ctx);
  registerRosterModule(app, ctx);
  registerAuditModule(app, ctx);
  await registerWebApp(app);

  app.addHook('onClose', async () => hub.stop());
  return { app, ctx };
}
