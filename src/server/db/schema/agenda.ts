import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, rooms, sites, users } from './sites.js';

const tz = (name: string) => timestamp(name, { withTimezone: true });
type Texts = { fr?: string; nl?: string; en?: string };

/** Per-site booking rules: which requests are approved without a manager. */
export const agendaSettings = pgTable('agenda_settings', {
  siteId: uuid('site_id')
    .primaryKey()
    .references(() => sites.id, { onDelete: 'cascade' }),
  autoApprove: boolean('auto_approve').notNull().default(false),
  autoApproveOrganisations: uuid('auto_approve_organisations').array().notNull().default(sql`'{}'::uuid[]`),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

/** A weekly series of bookings; each occurrence is a booking row that points here. */
export const bookingSeries = pgTable('booking_series', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  siteId: uuid('site_id')
    .notNull()
    .references(() => sites.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  until: text('until').notNull(),
  exceptions: text('exceptions').array().notNull(),
  createdAt: tz('created_at').notNull().defaultNow(),
});

/**
 * A room booking. `blocked_from`/`blocked_until` are the slot widened by the set-up and clear-down
 * buffers; an exclusion constraint (migration 0004) forbids two holding bookings of a room whose
 * blocked ranges overlap.
 */
export const roomBookings = pgTable(
  'room_bookings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    roomId: uuid('room_id')
      .notNull()
      .references(() => rooms.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    seriesId: uuid('series_id').references(() => bookingSeries.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    startsAt: tz('starts_at').notNull(),
    endsAt: tz('ends_at').notNull(),
    setupMinutes: integer('setup_minutes').notNull(),
    cleardownMinutes: integer('cleardown_minutes').notNull(),
    blockedFrom: tz('blocked_from').notNull(),
    blockedUntil: tz('blocked_until').notNull(),
    status: text('status').notNull(),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: tz('decided_at'),
    note: text('note'),
    demo: boolean('demo').notNull().default(false),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('room_bookings_room_idx').on(t.roomId, t.startsAt),
    index('room_bookings_site_idx').on(t.siteId, t.startsAt),
    index('room_bookings_org_idx').on(t.organisationId, t.startsAt),
    check('room_bookings_order', sql`${t.endsAt} > ${t.startsAt}`),
    check('room_bookings_blocked', sql`${t.blockedFrom} <= ${t.startsAt} and ${t.blockedUntil} >= ${t.endsAt}`),
    check('room_bookings_status', sql`${t.status} in ('requested','approved','declined','cancelled')`),
  ],
);

/** An event held in a booked room. Counters are kept under a row lock on this row. */
export const agendaEvents = pgTable(
  'agenda_events',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => roomBookings.id),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    organiserIds: uuid('organiser_ids').array().notNull(),
    type: text('type').notNull(),
    title: jsonb('title').$type<Texts>().notNull(),
    description: jsonb('description').$type<Texts>().notNull(),
    fields: text('fields').array().notNull(),
    audiences: text('audiences').array().notNull(),
    language: text('language').notNull(),
    capacity: integer('capacity').notNull(),
    registrationMode: text('registration_mode').notNull(),
    status: text('status').notNull(),
    startsAt: tz('starts_at').notNull(),
    endsAt: tz('ends_at').notNull(),
    confirmedSeats: integer('confirmed_seats').notNull().default(0),
    waitlistedSeats: integer('waitlisted_seats').notNull().default(0),
    walkIns: integer('walk_ins').notNull().default(0),
    checkedIn: integer('checked_in').notNull().default(0),
    personalDataPurgedAt: tz('personal_data_purged_at'),
    demo: boolean('demo').notNull().default(false),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('agenda_events_booking_key').on(t.bookingId),
    index('agenda_events_public_idx').on(t.siteId, t.startsAt).where(sql`${t.status} = 'published'`),
    index('agenda_events_fields_idx').using('gin', t.fields),
    index('agenda_events_audiences_idx').using('gin', t.audiences),
    index('agenda_events_organisers_idx').using('gin', t.organiserIds),
    check('agenda_events_capacity', sql`${t.capacity} between 5 and 80`),
    check('agenda_events_seats', sql`${t.confirmedSeats} between 0 and ${t.capacity}`),
  ],
);

/**
 * A registration: a nickname, an optional e-mail (erased when the event ends) and the hash of the
 * cancellation token. `seq` is the arrival order (taken under the event's row lock).
 */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => agendaEvents.id, { onDelete: 'cascade' }),
    nickname: text('nickname').notNull(),
    email: text('email'),
    language: text('language').notNull(),
    seats: integer('seats').notNull().default(1),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    tokenHash: text('token_hash').notNull(),
    status: text('status').notNull(),
    checkedInAt: tz('checked_in_at'),
    promotedAt: tz('promoted_at'),
    reminderSentAt: tz('reminder_sent_at'),
    cancelledAt: tz('cancelled_at'),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('event_registrations_token_key').on(t.tokenHash),
    index('event_registrations_event_idx').on(t.eventId, t.status, t.seq),
    index('event_registrations_reminder_idx')
      .on(t.eventId)
      .where(sql`${t.email} is not null and ${t.reminderSentAt} is null`),
  ],
);
