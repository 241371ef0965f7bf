import type { Agent } from 'node:https';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Database, Db } from '../db/client.js';
import type { EventHub } from './events/hub.js';

/** What every module's routes and services get: configuration, the database and the event hub. */
export type AppContext = {
  config: Config;
  database: Database;
  db: Db;
  hub: EventHub;
  /** Interval of the SSE heartbeat comment. */
  heartbeatMs: number;
  pushAgent?: Agent;
  /** The wall clock of rules that depend on the hour of the day (check-in, live coverage). */
  now: () => Date;
};

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
