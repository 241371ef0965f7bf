import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { SpaceRules } from '../../../common/space/rules.js';
import { sites, stations, zones } from './sites.js';

const tz = (name: string) => timestamp(name, { withTimezone: true });
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const siteRef = () =>
  uuid('site_id')
    .notNull()
    .references(() => sites.id, { onDelete: 'cascade' });

/** Per-site rules of the digital space (extensions, offers, automatic shortening). */
export const spaceSettings = pgTable('space_settings', {
  siteId: uuid('site_id')
    .primaryKey()
    .references(() => sites.id, { onDelete: 'cascade' }),
  rules: jsonb('rules').$type<SpaceRules>().notNull(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

/** Daily numbers of digital-space tickets per site and letter. */
export const spaceCounters = pgTable(
  'space_counters',
  {
    siteId: siteRef(),
    serviceDate: date('service_date').notNull(),
    letter: text('letter').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.serviceDate, t.letter] })],
);

/** The waiting list: an anonymous ticket for the next free computer or tablet. */
export const spaceTickets = pgTable(
  'space_tickets',
  {
    id: id(),
    siteId: siteRef(),
    serviceDate: date('service_date').notNull(),
    code: text('code').notNull(),
    token: text('token').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    issuedVia: text('issued_via').notNull(),
    issuedAt: tz('issued_at').notNull().defaultNow(),
    offeredStationId: uuid('offered_station_id').references(() => stations.id, { onDelete: 'set null' }),
    offeredAt: tz('offered_at'),
    offerExpiresAt: tz('offer_expires_at'),
    seatedAt: tz('seated_at'),
    closedAt: tz('closed_at'),
  },
  (t) => [
    uniqueIndex('space_tickets_token_key').on(t.token),
    uniqueIndex('space_tickets_daily_code_key').on(t.siteId, t.serviceDate, t.code),
    // A station is offered to one ticket at a time.
    uniqueIndex('space_tickets_open_offer_key').on(t.offeredStationId).where(sql`${t.status} = 'offered'`),
    index('space_tickets_waiting_idx').on(t.siteId, t.kind, t.issuedAt).where(sql`${t.status} = 'waiting'`),
  ],
);

/**
 * One use of a station: anonymous (kind, zone, times, limit, extensions, help requests, how it began).
 * The database allows one open use per station.
 */
export const stationUses = pgTable(
  'station_uses',
  {
    id: id(),
    siteId: siteRef(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    zoneId: uuid('zone_id').references(() => zones.id, { onDelete: 'set null' }),
    serviceDate: date('service_date').notNull(),
    startedAt: tz('started_at').notNull(),
    endsAt: tz('ends_at').notNull(),
    limitMinutes: integer('limit_minutes').notNull(),
    normalLimitMinutes: integer('normal_limit_minutes').notNull(),
    extensions: integer('extensions').notNull().default(0),
    helpRequests: integer('help_requests').notNull().default(0),
    startedVia: text('started_via').notNull(),
    ticketId: uuid('ticket_id').references(() => spaceTickets.id, { onDelete: 'set null' }),
    moves: integer('moves').notNull().default(0),
    endedAt: tz('ended_at'),
  },
  (t) => [
    uniqueIndex('station_uses_open_station_key').on(t.stationId).where(sql`${t.endedAt} is null`),
    index('station_uses_site_day_idx').on(t.siteId, t.serviceDate),
  ],
);

/** "I need help" from a station; one open request per station. */
export const helpRequests = pgTable(
  'help_requests',
  {
    id: id(),
    siteId: siteRef(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id, { onDelete: 'cascade' }),
    useId: uuid('use_id').references(() => stationUses.id, { onDelete: 'set null' }),
    serviceDate: date('service_date').notNull(),
    status: text('status').notNull(),
    raisedAt: tz('raised_at').notNull(),
    acknowledgedAt: tz('acknowledged_at'),
    resolvedAt: tz('resolved_at'),
  },
  (t) => [
    uniqueIndex('help_requests_open_station_key').on(t.stationId).where(sql`${t.status} in ('raised', 'acknowledged')`),
    index('help_requests_site_day_idx').on(t.siteId, t.serviceDate),
  ],
);
