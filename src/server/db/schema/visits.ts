import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { QueueRules } from '../../../common/visits/queue-order.js';
import { desks, devices, organisations, sites, users } from './sites.js';

const tz = (name: string) => timestamp(name, { withTimezone: true });

/** Per-site rules of the walk-in queues. */
export const visitSettings = pgTable('visit_settings', {
  siteId: uuid('site_id')
    .primaryKey()
    .references(() => sites.id, { onDelete: 'cascade' }),
  recallLimit: integer('recall_limit').notNull().default(2),
  closeBeforeMinutes: integer('close_before_minutes').notNull().default(30),
  rules: jsonb('rules').$type<QueueRules>().notNull(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

/** Daily ticket numbers per site and letter; incremented with an atomic upsert. */
export const ticketCounters = pgTable(
  'ticket_counters',
  {
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    serviceDate: date('service_date').notNull(),
    letter: text('letter').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.serviceDate, t.letter] })],
);

/**
 * A walk-in ticket, and the counselling session it leads to. Anonymous: no column can hold a name,
 * phone, e-mail or national number (the handover note is checked and masked before it is stored).
 * A transfer closes this leg as `transferred` and opens a new leg with the same code and arrival.
 */
export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    serviceDate: date('service_date').notNull(),
    letter: text('letter').notNull(),
    number: integer('number').notNull(),
    code: text('code').notNull(),
    field: text('field').notNull(),
    language: text('language').notNull(),
    status: text('status').notNull(),
    token: text('token').notNull(),
    audience: text('audience'),
    channel: text('channel'),
    issuedVia: text('issued_via').notNull(),
    deviceId: uuid('device_id').references(() => devices.id, { onDelete: 'set null' }),
    issuedAt: tz('issued_at').notNull().defaultNow(),
    /** Arrival time used for queue order; a transferred leg keeps the first leg's. */
    priorityAt: tz('priority_at').notNull(),
    calledAt: tz('called_at'),
    recalls: integer('recalls').notNull().default(0),
    deskId: uuid('desk_id').references(() => desks.id, { onDelete: 'set null' }),
    deskSessionId: uuid('desk_session_id'),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    startedAt: tz('started_at'),
    endedAt: tz('ended_at'),
    previousId: uuid('previous_id'),
    handoverNote: text('handover_note'),
    outOfOrderReason: text('out_of_order_reason'),
    outcomeType: text('outcome_type'),
    fieldsHandled: text('fields_handled').array(),
    referrals: uuid('referrals').array(),
    /** The estimate shown when the ticket was issued (minutes), to measure accuracy. */
    estimateMinutes: real('estimate_minutes'),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tickets_token_key').on(t.token),
    uniqueIndex('tickets_daily_number_key')
      .on(t.siteId, t.serviceDate, t.letter, t.number)
      .where(sql`${t.previousId} is null`),
    index('tickets_waiting_idx').on(t.siteId, t.field, t.language, t.priorityAt).where(sql`${t.status} = 'waiting'`),
    index('tickets_site_day_idx').on(t.siteId, t.serviceDate, t.status),
    index('tickets_desk_idx').on(t.deskId, t.status),
  ],
);

/** A counsellor working at a desk: which queues they serve, available or away. */
export const deskSessions = pgTable(
  'desk_sessions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    deskId: uuid('desk_id')
      .notNull()
      .references(() => desks.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    fields: text('fields').array().notNull(),
    languages: text('languages').array().notNull(),
    status: text('status').notNull().default('available'),
    openedAt: tz('opened_at').notNull().defaultNow(),
    closedAt: tz('closed_at'),
  },
  (t) => [
    uniqueIndex('desk_sessions_open_desk_key').on(t.deskId).where(sql`${t.closedAt} is null`),
    uniqueIndex('desk_sessions_open_user_key').on(t.userId).where(sql`${t.closedAt} is null`),
    index('desk_sessions_site_idx').on(t.siteId, t.closedAt),
  ],
);

/** People reception directed elsewhere without a ticket: anonymous counts. */
export const directions = pgTable(
  'directions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    serviceDate: date('service_date').notNull(),
    at: tz('at').notNull().defaultNow(),
    target: text('target').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    people: integer('people').notNull().default(1),
  },
  (t) => [index('directions_site_day_idx').on(t.siteId, t.serviceDate)],
);

/** A phone's Web Push subscription for one ticket; deleted when the ticket is finished. */
export const pushSubscriptions = pgTable('push_subscriptions', {
  ticketId: uuid('ticket_id')
    .primaryKey()
    .references(() => tickets.id, { onDelete: 'cascade' }),
  endpoint: text('endpoint').notNull(),
  p256dh: text('p256dh').notNull(),
  auth: text('auth').notNull(),
  /** The token the phone follows (its first leg's), for the notification's link. */
  followToken: text('follow_token'),
  /** Calls (first call + recalls) already notified; claimed atomically so one instance sends each. */
  notifiedCalls: integer('notified_calls').notNull().default(0),
  createdAt: tz('created_at').notNull().defaultNow(),
});
